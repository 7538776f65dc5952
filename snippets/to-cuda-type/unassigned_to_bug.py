import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x = torch.rand(4, 3)

model.to(torch.float64)  # fine: a module converts in place
x.to(torch.float64)      # bug: the new tensor is thrown away, x stays float32
print("model:", model.weight.dtype, "| x:", x.dtype)
assert model.weight.dtype == torch.float64 and x.dtype == torch.float32  # claim: bug-unassigned
try:
    model(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "must have the same dtype" in str(error)  # claim: bug-error
else:
    raise AssertionError("a float32 input to a float64 layer should raise")

model.to("meta"); x.to("meta")  # the same bug with a device ("meta" exists on every build)
try:
    model(x.double())
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "is not on the expected device" in str(error)  # claim: bug-device
else:
    raise AssertionError("a CPU input to a meta layer should raise")

model = torch.nn.Linear(3, 1).double()
x = x.to(torch.float64)  # fix: keep the result
print("after x = x.to(...):", model(x).dtype)
assert model(x).dtype == torch.float64  # claim: bug-fix
