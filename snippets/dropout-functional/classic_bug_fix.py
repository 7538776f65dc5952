import torch
import torch.nn.functional as F


class Net(torch.nn.Module):
    def __init__(self, fixed):
        super().__init__()
        self.fixed, self.hidden, self.out = fixed, torch.nn.Linear(4, 16), torch.nn.Linear(16, 1)

    def forward(self, x):
        h = torch.relu(self.hidden(x))
        if self.fixed:
            h = F.dropout(h, 0.5, training=self.training)  # the fix: pass the module's mode
        else:
            h = F.dropout(h, 0.5)                          # the bug: training defaults to True
        return self.out(h)


torch.manual_seed(0)
x, y = torch.randn(64, 4), torch.randn(64, 1)
for fixed in (False, True):
    torch.manual_seed(0)
    net = Net(fixed).eval()
    with torch.no_grad():
        losses = [F.mse_loss(net(x), y).item() for _ in range(3)]  # evaluate the same data 3 times
    print(f"fixed={fixed!s:5}  validation loss, 3 runs: {[round(v, 4) for v in losses]}")
    assert (len(set(losses)) == 1) == fixed  # the bug gives a different loss on every run
    no_dropout = net.out(torch.relu(net.hidden(x)))
    assert torch.equal(net(x), no_dropout) == fixed  # fixed: eval mode skips dropout entirely
