import torch

torch.manual_seed(0)
M = torch.rand(3, 3)
v = torch.rand(3)

wrong = M * v  # bug: broadcasts v across the rows, no error
right = M @ v  # fix: the matrix-vector product
print("M * v:", tuple(wrong.shape))
print("M @ v:", tuple(right.shape))
assert wrong.shape == (3, 3) and right.shape == (3,)  # claim: star-silent
assert all(torch.equal(wrong[i], M[i] * v) for i in range(3))  # claim: star-rows
assert torch.allclose(right, wrong.sum(dim=1))  # claim: at-sums-rows

# Two square matrices: same shape either way, different numbers
N = torch.rand(3, 3)
print("(M * N).shape == (M @ N).shape:", (M * N).shape == (M @ N).shape)
print("same values:", torch.allclose(M * N, M @ N))
assert (M * N).shape == (M @ N).shape and not torch.allclose(M * N, M @ N)  # claim: square-same-shape
