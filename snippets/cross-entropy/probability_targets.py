import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
indices = torch.tensor([0, 2, 1, 2])            # int64, shape (N,)
one_hot = F.one_hot(indices, num_classes=3).float()  # float, shape (N, C)
print("index target: ", indices.dtype, tuple(indices.shape))
print("one-hot target:", one_hot.dtype, tuple(one_hot.shape))

loss = nn.CrossEntropyLoss()
print("with indices:", loss(logits, indices))
print("with one-hot:", loss(logits, one_hot))
# claim: two-target-forms
assert "Class indices in the range" in loss.__doc__ and "Probabilities for each class" in loss.__doc__
assert indices.dtype == torch.int64 and indices.shape == logits.shape[:1] and loss(logits, indices).isfinite()  # claim: index-target-shape
# claim: prob-target-shape
assert one_hot.shape == logits.shape and one_hot.dtype.is_floating_point and loss(logits, one_hot).isfinite()
assert torch.allclose(loss(logits, indices), loss(logits, one_hot))  # claim: one-hot-same

# Any probability rows work, not only one-hot ones
soft = torch.rand(4, 3).softmax(dim=1)
by_hand = -(soft * F.log_softmax(logits, dim=1)).sum(dim=1).mean()
print("with soft rows:", loss(logits, soft))
assert torch.allclose(loss(logits, soft), by_hand)  # claim: soft-formula
