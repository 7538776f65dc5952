import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])

right = nn.NLLLoss()(F.log_softmax(logits, dim=1), target)
wrong = nn.NLLLoss()(logits, target)  # bug: log_softmax forgotten

# NLLLoss only picks -input[i, target[i]] and averages; it never normalises
picked = -logits[torch.arange(4), target].mean()
print("NLLLoss(log_softmax(logits)) =", right)
print("NLLLoss(logits)              =", wrong)
print("-logits[i, target[i]].mean() =", picked)

assert torch.allclose(wrong, picked)  # claim: nll-picks
assert not torch.isclose(right, wrong)  # claim: nll-logits-wrong
assert wrong.item() < 0 <= right.item()  # claim: negative-loss
shifted = nn.NLLLoss()(logits - 10, target)  # the same bug, on logits that happen to be negative
print("NLLLoss(logits - 10)         =", shifted)
assert shifted.item() > 0 and not torch.isclose(shifted, right)  # claim: positive-proves-nothing
many = 20 * torch.randn(10_000, 3)  # with log_softmax in place, no row's loss is ever negative
per_row = nn.NLLLoss(reduction="none")(F.log_softmax(many, dim=1), torch.randint(0, 3, (10_000,)))
assert per_row.min() >= 0  # claim: nll-never-negative
