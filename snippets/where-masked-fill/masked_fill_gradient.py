import torch

torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
m = torch.tensor([[True, False, False], [False, True, False]])

x.masked_fill(m, -1e9).sum().backward()  # e.g. hiding scores before a softmax
print("x.grad:", x.grad)
assert torch.equal(x.grad, (~m).float())  # claim: fill-grad

try:
    x.masked_fill_(m, 0.0)  # in place on a leaf that requires grad
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "a leaf Variable that requires grad is being used in an in-place operation" in str(error)  # claim: fill-leaf-raises
else:
    raise AssertionError("masked_fill_() on a leaf that requires grad should raise")
