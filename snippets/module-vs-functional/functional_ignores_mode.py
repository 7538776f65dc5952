import inspect

import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, pass_mode):
        super().__init__()
        self.pass_mode = pass_mode
        self.register_buffer("mean", torch.zeros(4))
        self.register_buffer("var", torch.ones(4))

    def forward(self, x):
        mode = {"training": self.training} if self.pass_mode else {}  # told, or the defaults
        x = F.batch_norm(x, self.mean, self.var, **mode)
        return F.dropout(x, 0.5, **mode)


torch.manual_seed(0)
x = torch.randn(16, 4) + 3
seen = {}
for pass_mode in (False, True):
    net = Net(pass_mode).train()
    net(x)
    updated = not torch.equal(net.mean, torch.zeros(4))  # train(): did batch_norm update its stats?
    net.eval()
    assert net.training is False  # claim: eval-switches-flag
    zeros = (net(x) == 0).any().item()  # eval(): does dropout still zero entries?
    seen[pass_mode] = (updated, zeros)
    print(f"training=self.training: {pass_mode} | stats updated in train(): {updated} | zeros in eval(): {zeros}")

defaults = {f.__name__: inspect.signature(f).parameters["training"].default for f in (F.batch_norm, F.dropout)}
print("defaults:", defaults)
assert defaults == {"batch_norm": False, "dropout": True}  # claim: training-defaults
assert seen[False] == (False, True)  # claim: defaults-ignore-mode
assert seen[True] == (True, False)  # claim: passed-mode-follows
