import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
target = device if device == "cuda" else torch.float64  # without a GPU, a dtype change stands in
source = torch.nn.Linear(3, 2)  # trained one step, then checkpointed
adam = torch.optim.Adam(source.parameters(), lr=0.1)
source(torch.rand(4, 3)).sum().backward()
adam.step()
checkpoint = {"model": source.state_dict(), "optimizer": adam.state_dict()}
model = torch.nn.Linear(3, 2)  # bug: load everything, and only then convert the model
model.load_state_dict(checkpoint["model"])
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
optimizer.load_state_dict(checkpoint["optimizer"])  # cast to the parameters as they are now
model.to(target)  # converts the parameters, not the optimizer's state
exp_avg = optimizer.state[model.weight]["exp_avg"]
print("weight:", model.weight.dtype, model.weight.device, "| exp_avg:", exp_avg.dtype, exp_avg.device)
assert exp_avg.dtype == torch.float32 and exp_avg.device.type == "cpu"  # claim: state-left-behind
if device == "cuda":
    assert model.weight.is_cuda and not exp_avg.is_cuda  # claim: cuda-state-left-behind
model(torch.rand(4, 3).to(model.weight)).sum().backward()  # input with the weight's dtype and device
try:
    optimizer.step()
except Exception as error:  # any exception: the branches below check that it is a RuntimeError
    print(f"{type(error).__name__}: {error}")
    if device == "cpu":
        assert isinstance(error, RuntimeError) and "expected dtype float" in str(error) and "got dtype double" in str(error)  # claim: step-raises
    else:
        assert isinstance(error, RuntimeError)  # claim: cuda-step-raises
else:
    raise AssertionError("a step with state left behind should raise")
model = torch.nn.Linear(3, 2).to(target)  # fix: convert first, then build the optimizer and load
model.load_state_dict(checkpoint["model"])  # copies into the converted parameters
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
optimizer.load_state_dict(checkpoint["optimizer"])
model(torch.rand(4, 3).to(model.weight)).sum().backward()
optimizer.step()
fixed = optimizer.state[model.weight]["exp_avg"]
print("fixed: exp_avg:", fixed.dtype, fixed.device, "| the step ran")
assert fixed.dtype == model.weight.dtype and fixed.device == model.weight.device  # claim: order-fix
