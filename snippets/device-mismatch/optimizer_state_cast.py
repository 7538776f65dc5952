import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
source = torch.nn.Linear(3, 2)  # float32 on the CPU
adam = torch.optim.Adam(source.parameters(), lr=0.1)
source(torch.rand(4, 3)).sum().backward()
adam.step()
saved = adam.state_dict()  # what a checkpoint stores
kept = {k: v.clone() for k, v in saved["state"][0].items()}
print("saved:", {k: (v.dtype, v.device.type) for k, v in saved["state"][0].items()})

# Resume into a float64 model, and into one on another device ("meta" here, CUDA on a GPU)
for target in [torch.float64, device if device == "cuda" else "meta"]:
    model = torch.nn.Linear(3, 2).to(target)  # the model first ...
    optimizer = torch.optim.Adam(model.parameters(), lr=0.1)  # ... then its optimizer
    optimizer.load_state_dict(saved)
    state = optimizer.state[model.weight]
    print(f"loaded for {target}:", {k: (v.dtype, v.device.type) for k, v in state.items()})
    for key in ["exp_avg", "exp_avg_sq"]:
        assert state[key].dtype == model.weight.dtype and state[key].device == model.weight.device  # claim: state-follows-param
    assert state["step"].dtype == torch.float32 and state["step"].device.type == "cpu"  # claim: step-not-cast
    if target == "cuda":
        assert state["exp_avg"].is_cuda and state["exp_avg_sq"].is_cuda  # claim: state-to-cuda
# claim: saved-untouched
assert all(v.dtype == kept[k].dtype and v.device == kept[k].device and torch.equal(v, kept[k]) for k, v in saved["state"][0].items())
