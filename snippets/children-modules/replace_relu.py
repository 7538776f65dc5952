import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU()),
                    nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(3, 4)

for name, module in net.named_modules():
    if isinstance(module, nn.ReLU):
        module = nn.GELU()  # rebinds the loop variable only: the model is unchanged
assert sum(isinstance(m, nn.ReLU) for m in net.modules()) == 3  # claim: rebinding-does-nothing

# Replace through the parent: "0.1" is attribute "1" of net.get_submodule("0")
targets = [name for name, module in net.named_modules() if isinstance(module, nn.ReLU)]
for name in targets:  # names collected first, then replaced
    parent, _, child = name.rpartition(".")
    setattr(net.get_submodule(parent), child, nn.GELU())
print("replaced:", targets)
print(net)
assert targets == ["0.1", "0.3", "1"]  # claim: replace-all
assert not any(isinstance(m, nn.ReLU) for m in net.modules())  # claim: replace-all
assert sum(isinstance(m, nn.GELU) for m in net.modules()) == 3  # claim: replace-all
h = nn.functional.gelu(net[0][2](nn.functional.gelu(net[0][0](x))))
assert torch.allclose(net(x), net[2](nn.functional.gelu(h)))  # claim: replaced-output
