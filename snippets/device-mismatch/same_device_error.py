import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
other = device if device == "cuda" else "meta"  # without a GPU, "meta" stands in for a second device
model = torch.nn.Linear(3, 2).to(other)  # a module converts in place
x = torch.rand(4, 3)                     # a batch made on the CPU
print("model.weight.device:", model.weight.device, "| x.device:", x.device)

def forward_should_fail(label):
    try:
        model(x)
    except RuntimeError as error:
        print(f"{label} -> RuntimeError: {error}")
        if other == "cuda":
            assert "Expected all tensors to be on the same device" in str(error)  # claim: cuda-message
        else:
            assert "is not on the expected device" in str(error)  # claim: meta-message
    else:
        raise AssertionError("a CPU input to a layer on another device should raise")

forward_should_fail("x as made")
x.to(other)  # bug: the moved copy is thrown away
assert x.device.type == "cpu"  # claim: unassigned-stays
forward_should_fail("after x.to(other), not assigned")
x = x.to(model.weight.device)  # fix: keep the result, on the parameters' device
out = model(x)
print("after x = x.to(model.weight.device):", out.device, tuple(out.shape))
assert x.device == model.weight.device == out.device  # claim: fix-moves-input
