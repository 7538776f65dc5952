import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)          # raw scores: 4 samples, 3 classes
target = torch.tensor([0, 2, 1, 2])  # class indices, int64
log_p = F.log_softmax(logits, dim=1)
# claim: log-softmax-log-probs
assert torch.allclose(log_p.exp().sum(dim=1), torch.ones(4)) and (log_p <= 0).all()

ce = nn.CrossEntropyLoss()(logits, target)
nll = nn.NLLLoss()(log_p, target)
by_hand = -log_p[torch.arange(4), target].mean()

print("CrossEntropyLoss(logits)        =", ce)
print("NLLLoss(log_softmax(logits))    =", nll)
print("mean of -log p[target], by hand =", by_hand)
print("F.cross_entropy(logits)         =", F.cross_entropy(logits, target))

assert torch.allclose(ce, nll) and torch.allclose(ce, by_hand)  # claim: ce-is-log-softmax-nll
assert torch.allclose(ce, F.cross_entropy(logits, target))  # claim: functional-same
