import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(4) * 3
labels = torch.tensor([1, 0, 1, 1])  # int64, as read from a dataset

try:
    nn.BCELoss()(logits, labels.float())  # bug: raw logits into BCELoss
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "all elements of input should be between 0 and 1" in str(error)  # claim: bce-rejects-logits
else:
    raise AssertionError("BCELoss should reject values outside [0, 1]")
small = torch.tensor([0.2, 0.9, 0.4, 0.1])  # logits that happen to lie in [0, 1]: no error
assert nn.BCELoss()(small, labels.float()).isfinite()  # claim: bce-accepts-small-logits

try:
    nn.BCEWithLogitsLoss()(logits, labels)  # bug: integer targets
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "can't be cast to the desired output type Long" in str(error)  # claim: int-targets-raise
else:
    raise AssertionError("integer targets should raise")
try:
    nn.BCELoss()(torch.sigmoid(logits), labels)  # BCELoss refuses them too
except RuntimeError as error:
    assert "expected Float" in str(error)  # claim: int-targets-raise
else:
    raise AssertionError("BCELoss should refuse integer targets")

try:
    nn.BCEWithLogitsLoss()(logits, labels.float()[:2])  # targets of another shape
except ValueError as error:
    print(f"ValueError: {error}")
    assert "must be the same as input size" in str(error)  # claim: same-shape
else:
    raise AssertionError("a target of another shape should raise")
try:
    nn.BCELoss()(torch.sigmoid(logits), labels.float()[:2])  # BCELoss checks the shape too
except ValueError as error:
    assert "different to the input size" in str(error)  # claim: same-shape
else:
    raise AssertionError("BCELoss should reject a target of another shape")
try:  # a target of 2: BCELoss checks the range of its targets, BCEWithLogitsLoss does not
    nn.BCELoss()(torch.sigmoid(logits), torch.full((4,), 2.0))
except RuntimeError as error:
    assert "all elements of target should be between 0 and 1" in str(error)  # claim: range-unchecked
else:
    raise AssertionError("BCELoss should reject a target of 2")
assert nn.BCEWithLogitsLoss()(logits, torch.full((4,), 2.0)).isfinite()  # claim: range-unchecked

right = nn.BCEWithLogitsLoss()(logits, labels.float())
twice = nn.BCEWithLogitsLoss()(torch.sigmoid(logits), labels.float())  # no error
print("fixed:", right.item(), " sigmoid applied twice:", twice.item())
assert right.isfinite()  # claim: float-targets-fix
assert not torch.isclose(right, twice)  # claim: double-sigmoid-silent
