import torch

torch.manual_seed(0)
a = torch.tensor([[1, 2, 3], [4, 5, 6]])
b = torch.tensor([[1, 0, 3], [4, 5, 0]])
same = a == b
print(same)
assert same.dtype == torch.bool and same.shape == a.shape  # claim: eq-bool-tensor
assert torch.equal(torch.eq(a, b), same)  # claim: eq-is-operator
print("all equal:", same.all().item(), "| how many equal:", same.sum().item())
assert same.all().item() is False and same.sum().item() == 4  # claim: eq-all-sum

row = torch.tensor([1, 2, 3])  # broadcasting: compared with each row of a
print(a == row)
assert (a == row).shape == (2, 3) and (a == row).tolist() == [[True, True, True], [False, False, False]]  # claim: eq-broadcasts
assert (a == 5).tolist() == [[False, False, False], [False, True, False]]  # claim: eq-broadcasts
try:
    a == torch.tensor([1, 2])  # (2, 3) and (2,) do not broadcast
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "The size of tensor a (3) must match the size of tensor b (2)" in str(error)  # claim: eq-shape-raises
else:
    raise AssertionError("(2, 3) == (2,) should raise")
