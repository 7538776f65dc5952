import torch

torch.manual_seed(0)
w = torch.rand(3, requires_grad=True)

try:
    w.numpy()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Can't call numpy() on Tensor that requires grad" in str(error)  # claim: numpy-refuses-grad
    assert "Use tensor.detach().numpy() instead" in str(error)  # claim: numpy-error-names-fix
else:
    raise AssertionError("numpy() on a tensor that requires grad should raise")

arr = w.detach().numpy()  # the fix: leave the graph first
print("w.detach().numpy():", arr)
assert arr.ctypes.data == w.data_ptr()  # claim: detach-numpy-shares
