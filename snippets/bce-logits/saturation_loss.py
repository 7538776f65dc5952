import torch
import torch.nn as nn

torch.manual_seed(0)
target = torch.tensor([0.0])
for z in [50.0, 200.0]:
    logit = torch.tensor([z])
    p = torch.sigmoid(logit)  # float32 rounds it to exactly 1.0
    print(f"logit {z:g}: sigmoid = {p.item()}, log(1 - p) = {torch.log(1 - p).item()}")
    via_sigmoid = nn.BCELoss()(p, target)
    direct = nn.BCEWithLogitsLoss()(logit, target)
    print(f"  BCELoss(sigmoid) = {via_sigmoid.item()}, BCEWithLogitsLoss = {direct.item()}")

    assert p.item() == 1.0 and torch.log(1 - p).item() == float("-inf")
    assert via_sigmoid.item() == 100.0  # log clamped to -100: finite, but wrong
    # The exact loss for target 0 is log(1 + e^z), which rounds to z in float32
    assert direct.item() == z
