import torch

torch.manual_seed(0)
batch = torch.rand(2, 3, 4)  # a batch of two 3 x 4 matrices
w = torch.rand(4, 5)

print("batch @ w:", tuple((batch @ w).shape))  # matmul broadcasts w over the batch
assert (batch @ w).shape == (2, 3, 5)  # claim: at-broadcasts-w
try:
    torch.mm(batch, w)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "self must be a matrix" in str(error)  # claim: mm-2d-only
else:
    raise AssertionError("mm() on a 3-D tensor should raise")
