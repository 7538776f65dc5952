import torch
import torch.nn as nn


class Direct(nn.Module):  # calls its layer's forward() directly
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)

    def forward(self, x):
        return self.fc.forward(x)


torch.manual_seed(0)
x = torch.randn(4, 3)
fired = []
seq = nn.Sequential(nn.Linear(3, 2))
seq[0].register_forward_hook(lambda *args: fired.append("seq[0]"))
seq.forward(x)  # Sequential.forward calls each layer as layer(x): the layer's hook fires
direct = Direct()
direct.fc.register_forward_hook(lambda *args: fired.append("direct.fc"))
direct(x)  # __call__ on the outer module, forward() on the layer: the layer's hook doesn't fire
print("hooks that fired:", fired)
assert fired.count("seq[0]") == 1  # claim: child-hook-fires
assert fired.count("direct.fc") == 0  # claim: child-forward-skips
