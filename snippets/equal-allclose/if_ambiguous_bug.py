import torch

torch.manual_seed(0)
prediction = torch.tensor([2, 0, 1])
target = torch.tensor([2, 0, 1])
try:
    if prediction == target:  # bug: a tensor of three bools, not one bool
        print("match")
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Boolean value of Tensor with more than one value is ambiguous" in str(error)  # claim: if-ambiguous
else:
    raise AssertionError("if on a 3-element bool tensor should raise")

one = torch.tensor([2])  # with a single element, the same line runs, and hides the bug
assert bool(one == torch.tensor([2])) is True and bool(one == torch.tensor([3])) is False  # claim: one-element-ok

# Fixes: say which question you ask
if torch.equal(prediction, target):  # same shape and every element equal
    print("torch.equal: every element matches")
if (prediction == target).all():  # every element, after broadcasting
    print("(==).all(): every element matches")
if (prediction == target).any():  # at least one element
    print("(==).any(): at least one element matches")
assert torch.equal(prediction, target) and (prediction == target).all() and (prediction == target).any()  # claim: if-fixes
assert not (prediction == torch.tensor([2, 0, 0])).all() and (prediction == torch.tensor([2, 0, 0])).any()  # claim: all-vs-any
