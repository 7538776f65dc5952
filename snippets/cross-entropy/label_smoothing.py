import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])
eps, classes = 0.1, 3

smoothed_loss = nn.CrossEntropyLoss(label_smoothing=eps)(logits, target)

# The same thing written as a probability target: 1 - eps + eps/C on the
# true class, eps/C on every other class
smoothed_target = F.one_hot(target, classes).float() * (1 - eps) + eps / classes
print("target row 0:", smoothed_target[0])
print("label_smoothing=0.1:", smoothed_loss)
print("smoothed target:    ", nn.CrossEntropyLoss()(logits, smoothed_target))

# claim: smoothed-values
assert torch.allclose(smoothed_target[0], torch.tensor([1 - eps + eps / classes, eps / classes, eps / classes]))
assert torch.allclose(smoothed_loss, nn.CrossEntropyLoss()(logits, smoothed_target))  # claim: smoothing-same
