import torch

torch.manual_seed(0)
a, b = torch.rand(3, 4), torch.rand(4, 5)
ref = torch.mm(a, b)
for name, out in {"a @ b": a @ b, "torch.matmul": torch.matmul(a, b),
                  "einsum ij,jk->ik": torch.einsum("ij,jk->ik", a, b)}.items():
    print(f"{name:<19} matches mm:", torch.allclose(out, ref))
    assert torch.allclose(out, ref)  # claim: same-2d

A, B = torch.rand(2, 3, 4), torch.rand(2, 4, 5)
ref = torch.bmm(A, B)
for name, out in {"A @ B": A @ B, "einsum bij,bjk->bik": torch.einsum("bij,bjk->bik", A, B)}.items():
    print(f"{name:<19} matches bmm:", torch.allclose(out, ref))
    assert torch.allclose(out, ref)  # claim: same-3d

# einsum spells the elementwise product, a transpose and a two-axis contraction too
c, X, Y = torch.rand(3, 4), torch.rand(2, 3, 4), torch.rand(3, 4, 5)
assert torch.equal(torch.einsum("ij,ij->ij", a, c), a * c)  # claim: einsum-any
assert torch.allclose(torch.einsum("ij,kj->ik", a, c), a @ c.T)  # claim: einsum-any
assert torch.allclose(torch.einsum("ijk,jkl->il", X, Y), X.reshape(2, 12) @ Y.reshape(12, 5))  # claim: einsum-any
print("einsum also matches *, a @ c.T and a two-axis contraction")
