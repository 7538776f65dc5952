import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
        self.block = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
        self.register_buffer("mask", torch.ones(2), persistent=False)


model = Net()
names = [name for name, _ in model.named_parameters()]

wrong = [n for n in names if n in ["bias"]]            # compares the full dotted path
right = [n for n in names if n.rsplit(".", 1)[-1] == "bias"]  # compares the last part
print("n in ['bias']         ->", wrong)
print("last part == 'bias'   ->", right)
print("n.endswith('bias')    ->", [n for n in names if n.endswith("bias")])
assert wrong == [] and [n for n in names if n == "bias"] == []  # claim: full-name-matches-nothing
assert right == ["fc.bias", "block.0.bias", "block.1.bias"]  # claim: last-part-works
assert right == [n for n in names if n.endswith("bias")]  # claim: endswith-same-here

# endswith only looks at characters: a parameter called logit_bias fools it, rsplit does not
model.fc.logit_bias = nn.Parameter(torch.zeros(3))
names = [name for name, _ in model.named_parameters()]
print("with fc.logit_bias, endswith ->", [n for n in names if n.endswith("bias")])
assert "fc.logit_bias" in [n for n in names if n.endswith("bias")]  # claim: rsplit-stricter
assert "fc.logit_bias" not in [n for n in names if n.rsplit(".", 1)[-1] == "bias"]  # claim: rsplit-stricter

# On a single layer the names have no prefix, so the wrong test seems to work
flat = [name for name, _ in nn.Linear(4, 3).named_parameters()]
print("single nn.Linear      ->", flat)
assert flat == ["weight", "bias"] and [n for n in flat if n in ["bias"]] == ["bias"]  # claim: lone-layer-works
