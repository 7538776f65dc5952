import torch

torch.manual_seed(0)
m = torch.rand(3, 4)
v = torch.rand(4)

# Batch dims broadcast: (2, 1) with (5,) gives (2, 5); the last two dims multiply
A, B = torch.rand(2, 1, 3, 4), torch.rand(5, 4, 6)
batched = A @ B
print("(2, 1, 3, 4) @ (5, 4, 6):", tuple(batched.shape))
assert batched.shape == (2, 5, 3, 6)  # claim: matmul-broadcasts
assert torch.allclose(batched[1, 3], A[1, 0] @ B[3])  # claim: matmul-last-two

# A 1-D operand gets a dim added for the product, removed again afterwards
print("(3, 4) @ (4,):", tuple((m @ v).shape))
print("(4,) @ (4, 3):", tuple((v @ m.T).shape))
print("(4,) @ (4,):  ", tuple((v @ v).shape))
assert (m @ v).shape == (3,) and torch.allclose(m @ v, (m @ v.unsqueeze(1)).squeeze(1))  # claim: matmul-1d-right
assert (v @ m.T).shape == (3,) and torch.allclose(v @ m.T, (v.unsqueeze(0) @ m.T).squeeze(0))  # claim: matmul-1d-left
assert (v @ v).dim() == 0 and torch.allclose(v @ v, torch.dot(v, v))  # claim: matmul-vec-vec
assert torch.equal(torch.matmul(m, v), m @ v) and torch.equal(torch.matmul(A, B), batched)  # claim: at-is-matmul

try:
    torch.rand(2, 3, 4) @ torch.rand(3, 4, 6)  # batch sizes 2 and 3 cannot broadcast
except RuntimeError as error:
    print(f"(2, 3, 4) @ (3, 4, 6): RuntimeError: {error}")
    assert "must match the size" in str(error)  # claim: matmul-broadcasts
else:
    raise AssertionError("@ with batch sizes 2 and 3 should raise")
