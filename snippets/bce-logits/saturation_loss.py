import torch
import torch.nn as nn

torch.manual_seed(0)
doc = " ".join(nn.BCELoss.__doc__.split())  # the docstring, line breaks removed
assert "clamps its log function outputs to be greater than or equal to -100" in doc  # claim: clamp-documented
target = torch.tensor([0.0])
for z in [50.0, 200.0]:
    logit = torch.tensor([z])
    p = torch.sigmoid(logit)  # float32 rounds it to exactly 1.0
    print(f"logit {z:g}: sigmoid = {p.item()}, log(1 - p) = {torch.log(1 - p).item()}")
    via_sigmoid = nn.BCELoss()(p, target)
    direct = nn.BCEWithLogitsLoss()(logit, target)
    print(f"  BCELoss(sigmoid) = {via_sigmoid.item()}, BCEWithLogitsLoss = {direct.item()}")

    assert p.item() == 1.0 and torch.log(1 - p).item() == float("-inf")  # claim: sigmoid-rounds
    assert via_sigmoid.item() == 100.0  # claim: capped-100
    # The exact loss for target 0 is log(1 + e^z), which rounds to z in float32
    exact = torch.logaddexp(torch.tensor(0.0, dtype=torch.float64), torch.tensor(z, dtype=torch.float64))
    assert exact.float().item() == z  # claim: exact-rounds-to-z
    assert direct.item() == z  # claim: logits-exact-here
