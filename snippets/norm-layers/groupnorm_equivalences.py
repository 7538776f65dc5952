import torch
import torch.nn as nn

torch.manual_seed(0)
x = 3 * torch.randn(4, 6, 5, 5) + 1  # (N, C, H, W), C = 6
one_group, ln = nn.GroupNorm(1, 6), nn.LayerNorm((6, 5, 5))
per_channel, inorm = nn.GroupNorm(6, 6), nn.InstanceNorm2d(6)

print("GroupNorm(1, 6) == LayerNorm((6, 5, 5)):", torch.allclose(one_group(x), ln(x), atol=1e-6))
print("GroupNorm(6, 6) == InstanceNorm2d(6):   ", torch.allclose(per_channel(x), inorm(x), atol=1e-6))
assert torch.allclose(one_group(x), ln(x), atol=1e-6)  # claim: gn1-is-ln
assert torch.allclose(per_channel(x), inorm(x), atol=1e-6)  # claim: gnc-is-in
# claim: affine-defaults
assert all(torch.equal(m.weight, torch.ones_like(m.weight)) and torch.equal(m.bias, torch.zeros_like(m.bias))
           for m in (one_group, ln, per_channel))
assert not inorm.affine and not list(inorm.parameters())  # claim: affine-defaults

# The affine parts differ: LayerNorm has a weight per element, GroupNorm one per channel
print("weight shapes:", tuple(ln.weight.shape), "vs", tuple(one_group.weight.shape))
assert ln.weight.shape == (6, 5, 5) and one_group.weight.shape == (6,)  # claim: affine-shapes
with torch.no_grad():
    ln.weight.copy_(torch.rand(6, 5, 5))  # a trained LayerNorm: different weights inside a channel
assert not torch.allclose(one_group(x), ln(x), atol=1e-3)  # claim: affine-breaks
with torch.no_grad():
    one_group.weight.copy_(torch.rand(6))  # any per-channel GroupNorm weight has a LayerNorm twin
    ln.weight.copy_(one_group.weight[:, None, None].expand(6, 5, 5))
assert torch.allclose(one_group(x), ln(x), atol=1e-6)  # claim: affine-breaks

three_groups = nn.GroupNorm(3, 6)  # in between, it matches neither
assert not torch.allclose(three_groups(x), nn.LayerNorm((6, 5, 5))(x), atol=1e-3)  # claim: gn3-neither
assert not torch.allclose(three_groups(x), inorm(x), atol=1e-3)  # claim: gn3-neither
