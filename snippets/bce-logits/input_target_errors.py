import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(4) * 3
labels = torch.tensor([1, 0, 1, 1])  # int64, as read from a dataset

try:
    nn.BCELoss()(logits, labels.float())  # bug: raw logits into BCELoss
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "between 0 and 1" in str(error)
else:
    raise AssertionError("BCELoss should reject values outside [0, 1]")

try:
    nn.BCEWithLogitsLoss()(logits, labels)  # bug: integer targets
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "can't be cast to the desired output type Long" in str(error)
else:
    raise AssertionError("integer targets should raise")

right = nn.BCEWithLogitsLoss()(logits, labels.float())
twice = nn.BCEWithLogitsLoss()(torch.sigmoid(logits), labels.float())  # no error
print("fixed:", right.item(), " sigmoid applied twice:", twice.item())
assert not torch.isclose(right, twice)
