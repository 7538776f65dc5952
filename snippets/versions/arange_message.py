import torch

torch.manual_seed(0)
print("torch.arange(0, 5, 1):", torch.arange(0, 5, 1).tolist())
try:
    torch.arange(0, 5, -1)  # a step that walks away from the end
except RuntimeError as error:
    print(f"torch.arange(0, 5, -1): RuntimeError: {error}")
    assert str(error) == "upper bound and lower bound inconsistent with step sign"  # claim: arange-message
else:
    raise AssertionError("torch.arange(0, 5, -1) should raise")
