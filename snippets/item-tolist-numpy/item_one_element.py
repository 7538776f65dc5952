import torch

torch.manual_seed(0)
print("tensor([[4.5]]).item():", torch.tensor([[4.5]]).item())  # one element, any shape
assert torch.tensor([[4.5]]).item() == 4.5 and torch.tensor(4.5).item() == 4.5  # claim: item-any-shape

t = torch.rand(3)
try:
    t.item()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "a Tensor with 3 elements cannot be converted to Scalar" in str(error)  # claim: item-raises-runtime
else:
    raise AssertionError("item() on three elements should raise")

try:
    float(t)  # float() has the same limit, with a different exception
except ValueError as error:
    print(f"ValueError: {error}")
    assert "only one element tensors can be converted" in str(error)  # claim: float-raises-value
else:
    raise AssertionError("float() on three elements should raise")
