import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits, target = torch.randn(6, 3), torch.tensor([0, 2, 1, 1, 0, 2])
weight = torch.tensor([1.0, 2.0, 0.5])

plain = nn.CrossEntropyLoss()
weighted = nn.CrossEntropyLoss(weight=weight, label_smoothing=0.1)
print("module:  ", plain(logits, target), weighted(logits, target))
print("function:", F.cross_entropy(logits, target),
      F.cross_entropy(logits, target, weight=weight, label_smoothing=0.1))
assert torch.equal(plain(logits, target), F.cross_entropy(logits, target))  # claim: ce-same-value
# claim: ce-same-value
assert torch.equal(weighted(logits, target), F.cross_entropy(logits, target, weight=weight, label_smoothing=0.1))

# The module keeps its options; the class weights are a buffer, so state_dict() and .to() see them
print(weighted, dict(weighted.state_dict()), weighted.label_smoothing)
assert weighted.label_smoothing == 0.1 and torch.equal(weighted.weight, weight)  # claim: ce-keeps-options
assert list(weighted.state_dict()) == ["weight"] and len(plain.state_dict()) == 0  # claim: ce-weight-buffer
assert weighted.to(torch.float64).weight.dtype == torch.float64  # claim: ce-weight-buffer
assert repr(weighted) == repr(plain) == "CrossEntropyLoss()"  # claim: ce-repr-silent
