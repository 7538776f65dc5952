import warnings

import torch
import torch.nn.functional as F


class Net(torch.nn.Module):
    def __init__(self, variant):
        super().__init__()
        self.variant, self.hidden, self.out = variant, torch.nn.Linear(4, 16), torch.nn.Linear(16, 1)
        self.drop = torch.nn.Dropout(0.5)

    def forward(self, x):
        h = torch.relu(self.hidden(x))
        if self.variant == "bug":
            h = F.dropout(h, 0.5)                          # training defaults to True
        elif self.variant == "fix":
            h = F.dropout(h, 0.5, training=self.training)  # pass the module's mode
        else:
            h = self.drop(h)                               # or use the module
        return self.out(h)


torch.manual_seed(0)
x, y = torch.randn(64, 4), torch.randn(64, 1)
for variant in ("bug", "fix", "module"):
    torch.manual_seed(0)
    net = Net(variant).eval()
    with torch.no_grad(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        losses = [F.mse_loss(net(x), y).item() for _ in range(3)]  # evaluate the same data 3 times
        full = torch.equal(net(x), net.out(torch.relu(net.hidden(x))))  # same as no dropout line?
    print(f"{variant:6}  validation loss, 3 runs: {[round(v, 4) for v in losses]}  equals the full network: {full}")
    assert not caught  # claim: bug-silent
    if variant == "bug":
        assert len(set(losses)) == 3  # claim: bug-loss-varies
        assert not full  # claim: bug-thinned
    else:
        assert len(set(losses)) == 1  # claim: fix-runs-agree
        assert full  # claim: fix-equals-full
