import torch

torch.manual_seed(0)
a = torch.rand(5, 2, 3)  # a batch of five 2x3 matrices
print("a.mT.shape =", tuple(a.mT.shape))
assert a.mT.shape == (5, 3, 2) and a.mT.data_ptr() == a.data_ptr()  # claim: mt-last-two
assert torch.equal(a.mT, a.transpose(-2, -1))  # claim: mt-last-two

gram = a @ a.mT  # one 2x2 product per matrix in the batch
print("(a @ a.mT).shape =", tuple(gram.shape))
assert gram.shape == (5, 2, 2) and torch.allclose(gram[3], a[3] @ a[3].T)  # claim: mt-batched

m = torch.rand(2, 3)
assert torch.equal(m.mT, m.T)  # claim: mt-equals-t
try:
    torch.rand(3).mT
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "only supported on matrices" in str(error)  # claim: mt-1d-raises
else:
    raise AssertionError(".mT on a 1-D tensor should raise")
