import torch

torch.manual_seed(0)
batch, weight = torch.randn(2, 3, 4), torch.randn(4, 5)
print("torch.matmul(batch, weight).shape:", tuple(torch.matmul(batch, weight).shape))
try:
    torch.mm(batch, weight)  # mm takes matrices only
except RuntimeError as error:
    print(f"torch.mm(batch, weight): RuntimeError: {error}")
    assert str(error) == "self must be a matrix"  # claim: mm-message
else:
    raise AssertionError("torch.mm on a 3-D tensor should raise")
