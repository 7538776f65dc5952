import torch
import torch.nn as nn

torch.manual_seed(0)


class ListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4), nn.Linear(4, 2)])

    def forward(self, x):
        for layer in self.layers:  # you write the loop yourself
            x = torch.relu(layer(x))
        return x


m = ListNet()
# claim: modulelist-list-like
assert len(m.layers) == 2 and list(m.layers)[1] is m.layers[-1] and not isinstance(m.layers, list)
names = [name for name, _ in m.named_parameters()]
print("named_parameters():", names)
print("number of values:", sum(p.numel() for p in m.parameters()))
assert names == ["layers.0.weight", "layers.0.bias", "layers.1.weight", "layers.1.bias"]  # claim: modulelist-names
assert sum(p.numel() for p in m.parameters()) == 4 * 4 + 4 + 4 * 2 + 2  # claim: modulelist-count
assert list(m.state_dict()) == names  # claim: modulelist-state-dict

m.double()
assert all(p.dtype == torch.float64 for p in m.parameters())  # claim: modulelist-converted
x = torch.randn(3, 4, dtype=torch.float64)
print("output:", m(x).shape)
assert torch.equal(m(x), torch.relu(m.layers[1](torch.relu(m.layers[0](x)))))  # claim: modulelist-loop
