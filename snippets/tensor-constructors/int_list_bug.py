import torch

torch.manual_seed(0)
x = torch.rand(5)

labels_bug = torch.Tensor([1, 3])  # float32, even though the list holds ints
labels_fix = torch.tensor([1, 3])  # int64, inferred from the data
print("torch.Tensor([1, 3]):", labels_bug.dtype)
print("torch.tensor([1, 3]):", labels_fix.dtype)
assert labels_bug.dtype == torch.float32 and labels_fix.dtype == torch.int64  # claim: int-list-float

try:
    x[labels_bug]  # float tensors cannot index
except IndexError as error:
    print(f"IndexError: {error}")
    assert "tensors used as indices must be long" in str(error)  # claim: float-index-raises
else:
    raise AssertionError("indexing with a float tensor should raise")

print("x[labels_fix]:", x[labels_fix])
assert torch.equal(x[labels_fix], torch.stack([x[1], x[3]]))  # claim: int-index-works
