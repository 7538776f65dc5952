import inspect

import torch
import torch.nn.functional as F

torch.manual_seed(0)
print("F.dropout", inspect.signature(F.dropout))
assert inspect.signature(F.dropout).parameters["training"].default is True


class Net(torch.nn.Module):
    def forward(self, x):
        return F.dropout(x, 0.5)  # training is left at its default, True


net = Net().eval()
x = torch.ones(8)
first, second = net(x), net(x)
print("net.training =", net.training)
print("eval call 1:", first.tolist())
print("eval call 2:", second.tolist())
assert not net.training and (first == 0).any() and not torch.equal(first, second)  # still dropping
