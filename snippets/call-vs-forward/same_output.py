import torch
import torch.nn as nn


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2))

    def forward(self, x, scale=1.0):
        return scale * self.body(x)


torch.manual_seed(0)
model = Scaled()
x = torch.randn(4, 3)
print("model(x):        ", model(x)[0])
print("model.forward(x):", model.forward(x)[0])
assert torch.equal(model(x), model.forward(x))  # claim: same-without-hooks
# Positional and keyword arguments reach forward() unchanged
assert torch.equal(model(x, scale=2.0), model.forward(x, scale=2.0))  # claim: args-passed
assert torch.equal(model(x, 2.0), 2.0 * model(x))  # claim: args-passed
# The docstring of nn.Module.forward says which one to call
assert "one should call the :class:`Module` instance" in nn.Module.forward.__doc__  # claim: docs-say-call
assert "silently ignores them" in nn.Module.forward.__doc__  # claim: docs-say-call
