import torch
import torch.nn as nn

torch.manual_seed(0)
layers = [nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)]
seq = nn.Sequential(*layers)
mlist = nn.ModuleList(layers)
x = torch.randn(3, 4)

# Sequential has a forward(): each layer's output feeds the next one
chained = layers[2](layers[1](layers[0](x)))
print("Sequential(x):", seq(x).shape, " equals the chained calls:", torch.equal(seq(x), chained))
assert torch.equal(seq(x), chained)  # claim: sequential-chains

try:
    mlist(x)  # ModuleList only holds modules; it has no forward()
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    assert 'missing the required "forward" function' in str(error)  # claim: modulelist-no-forward
else:
    raise AssertionError("calling a ModuleList should raise")

# Both register the same parameters under the same index names
names = [n for n, _ in seq.named_parameters()]
print("names:", names)
assert names == [n for n, _ in mlist.named_parameters()]  # claim: same-names
assert names == ["0.weight", "0.bias", "2.weight", "2.bias"]  # claim: same-names
