import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x = torch.rand(4, 3)

model.to(torch.float64)  # fine: a module converts in place
x.to(torch.float64)      # bug: the new tensor is thrown away, x stays float32
print("model:", model.weight.dtype, "| x:", x.dtype)
try:
    model(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "must have the same dtype" in str(error)
else:
    raise AssertionError("a float32 input to a float64 layer should raise")

x = x.to(torch.float64)  # fix: keep the result
print("after x = x.to(...):", model(x).dtype)
assert model(x).dtype == torch.float64
