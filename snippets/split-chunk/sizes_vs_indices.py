import torch

torch.manual_seed(0)
x = torch.arange(10)

print("x.split([2, 5, 3])     ->", [p.tolist() for p in x.split([2, 5, 3])])
assert [len(p) for p in x.split([2, 5, 3])] == [2, 5, 3]  # claim: split-sizes

try:
    x.split([2, 5])  # the sizes must add up to the length
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "expects split_sizes to sum exactly to 10" in str(error)  # claim: sizes-must-add-up
else:
    raise AssertionError("split() with sizes that don't add up should raise")

# tensor_split reads a list as the indices where to cut
print("x.tensor_split([2, 5]) ->", [p.tolist() for p in x.tensor_split([2, 5])])
a, b, c = x.tensor_split([2, 5])
assert torch.equal(a, x[:2]) and torch.equal(b, x[2:5]) and torch.equal(c, x[5:])  # claim: cut-points
