import torch
import torch.nn as nn

torch.manual_seed(0)


def block(bias):
    return nn.Sequential(nn.Conv2d(3, 16, 3, bias=bias), nn.BatchNorm2d(16), nn.ReLU(),
                         nn.Conv2d(16, 32, 3, bias=bias), nn.BatchNorm2d(32))


with_bias, without = block(True), block(False)  # fix: bias=False in front of each BatchNorm
count = lambda model: sum(p.numel() for p in model.parameters())
print("parameters with bias=True: ", count(with_bias))
print("parameters with bias=False:", count(without))
assert count(with_bias) - count(without) == 16 + 32  # claim: params-saved
assert without[0].bias is None and "bias" not in dict(without[0].named_parameters())  # claim: params-saved

with torch.no_grad():  # same weights, biases gone
    for i in (0, 3):
        without[i].weight.copy_(with_bias[i].weight)
x = torch.randn(8, 3, 10, 10)
print("same training-mode output:", torch.allclose(with_bias(x), without(x), atol=1e-5))
assert torch.allclose(with_bias(x), without(x), atol=1e-5)  # claim: same-output

# The shift is still learnable: BatchNorm's own bias comes after the normalisation
before = without(x)
with torch.no_grad():
    without[4].bias += 1.0
assert torch.allclose(without(x), before + 1.0, atol=1e-5)  # claim: bn-bias-shifts
