import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 2)                    # 4 samples, 2 labels (multi-label)
target = torch.tensor([[1.0, 0.0], [0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
pos_weight = torch.tensor([3.0, 1.0])         # one weight per label, for positives only

loss = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, target)
by_hand = -(pos_weight * target * F.logsigmoid(logits)
            + (1 - target) * F.logsigmoid(-logits)).mean()
print("pos_weight=[3, 1]:", loss.item(), " by hand:", by_hand.item())
assert torch.allclose(loss, by_hand)  # claim: pos-weight-formula
only_negatives = torch.zeros(4, 2)  # no positive term at all: pos_weight changes nothing
assert torch.equal(nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, only_negatives),
                   nn.BCEWithLogitsLoss()(logits, only_negatives))  # claim: pos-weight-formula

# With reduction="sum", weight 3 counts each positive of label 0 three times
col = logits[:, 0]
repeated = torch.cat([col[target[:, 0] == 1].repeat(3), col[target[:, 0] == 0]])
labels = torch.cat([torch.ones(6), torch.zeros(2)])
weighted = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0), reduction="sum")
assert torch.allclose(weighted(col, target[:, 0]),
                      nn.BCEWithLogitsLoss(reduction="sum")(repeated, labels))  # claim: pos-weight-repeats

try:
    nn.BCELoss(pos_weight=pos_weight)
except TypeError as error:
    print(f"TypeError: {error}")
    assert "unexpected keyword argument 'pos_weight'" in str(error)  # claim: bce-no-pos-weight
else:
    raise AssertionError("BCELoss has no pos_weight")
