import torch

torch.manual_seed(0)
x = torch.rand(2, 3)  # 2 rows, 3 columns
row_sums = x.sum(dim=1)  # (2,)

try:
    x / row_sums  # (2,) is lined up with the 3 columns, not with the 2 rows
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1" in str(error)  # claim: non-square-raises
else:
    raise AssertionError("(2, 3) / (2,) should raise")

normalised = x / x.sum(dim=1, keepdim=True)  # (2, 3) / (2, 1): rows
print("row sums:", normalised.sum(dim=1))
assert torch.allclose(normalised.sum(dim=1), torch.ones(2))  # claim: keepdim-normalises
