import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, C = 2, 4, 4                     # the sequence happens to be as long as the number of classes
logits = torch.randn(N, L, C)
target = torch.randint(0, C, (N, L))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = nn.CrossEntropyLoss()(logits, target)  # no error: read as (N, C=4, d1=4)
right = nn.CrossEntropyLoss()(logits.permute(0, 2, 1), target)
print("loss(logits, target)                  =", wrong)
print("loss(logits.permute(0, 2, 1), target) =", right)
assert caught == [] and not torch.isclose(wrong, right)  # claim: square-silent

# What it computed: a softmax over dim 1, the positions of the sequence, not over the classes
over_positions = -logits.log_softmax(dim=1).gather(1, target[:, None, :]).mean()
print("softmax over the positions, by hand   =", over_positions)
assert torch.allclose(wrong, over_positions)  # claim: softmax-over-positions
