import inspect

import torch
import torch.nn.functional as F

torch.manual_seed(0)
print("F.dropout", inspect.signature(F.dropout))
assert inspect.signature(F.dropout).parameters["training"].default is True  # claim: training-default-true
assert "training: apply dropout if is ``True``. Default: ``True``" in F.dropout.__doc__  # claim: docs-default-true


class Net(torch.nn.Module):
    def forward(self, x):
        return F.dropout(x, 0.5)  # training is left at its default, True


net = Net().eval()
x = torch.ones(8)
first, second = net(x), net(x)
print("net.training =", net.training)
print("eval call 1:", first.tolist())
print("eval call 2:", second.tolist())
assert not net.training and (first == 0).any() and (second == 0).any()  # claim: eval-still-zeros
assert not torch.equal(first, second)  # claim: eval-calls-differ

# Same seed, train mode vs eval mode: the very same output, so the mode is never read
torch.manual_seed(1)
in_train = net.train()(torch.ones(1000))
torch.manual_seed(1)
in_eval = net.eval()(torch.ones(1000))
print("same seed, train vs eval mode, equal outputs:", torch.equal(in_train, in_eval))
assert torch.equal(in_train, in_eval)  # claim: mode-ignored
