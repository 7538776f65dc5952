import torch
import torch.nn as nn

torch.manual_seed(0)
x = 3 * torch.randn(4, 6, 5, 5) + 1  # (N, C, H, W)


def normalise(t, dims, eps=1e-5, unbiased=False):
    mean, var = t.mean(dims, keepdim=True), t.var(dims, keepdim=True, unbiased=unbiased)
    return (t - mean) / torch.sqrt(var + eps)  # eps inside the square root


bn, ln, inorm, gn = nn.BatchNorm2d(6), nn.LayerNorm((6, 5, 5)), nn.InstanceNorm2d(6), nn.GroupNorm(3, 6)
checks = {
    "BatchNorm2d    over (N, H, W)": (bn(x), normalise(x, (0, 2, 3))),
    "LayerNorm      over (C, H, W)": (ln(x), normalise(x, (1, 2, 3))),
    "InstanceNorm2d over (H, W)   ": (inorm(x), normalise(x, (2, 3))),
    "GroupNorm(3)   over (2 channels, H, W)": (gn(x), normalise(x.view(4, 3, 2, 5, 5), (2, 3, 4)).view_as(x)),
}
for name, (out, hand) in checks.items():
    print(name, "matches by hand:", torch.allclose(out, hand, atol=1e-5))
    assert torch.allclose(out, hand, atol=1e-5)  # claim: by-hand
assert all(m.eps == 1e-5 for m in (bn, ln, inorm, gn))  # claim: eps-default

# claim: biased-var
assert not torch.allclose(bn(x), normalise(x, (0, 2, 3), unbiased=True), atol=1e-5)
big_eps = nn.BatchNorm2d(6, eps=1.0)(x)  # a large eps shows where it goes
assert torch.allclose(big_eps, normalise(x, (0, 2, 3), eps=1.0), atol=1e-5)  # claim: eps-inside
mean, std = x.mean((0, 2, 3), keepdim=True), x.var((0, 2, 3), keepdim=True, unbiased=False).sqrt()
assert not torch.allclose(big_eps, (x - mean) / (std + 1.0), atol=1e-5)  # claim: eps-inside

# The running variance kept for eval mode is updated with the unbiased variance (momentum 0.1)
fresh = nn.BatchNorm2d(6)
fresh(x)  # one training-mode step: running_var = 0.9 * 1 + 0.1 * var
print("running_var follows the unbiased variance:", torch.allclose(fresh.running_var, 0.9 + 0.1 * x.var((0, 2, 3))))
assert torch.allclose(fresh.running_var, 0.9 + 0.1 * x.var((0, 2, 3)))  # claim: running-var-unbiased
assert not torch.allclose(fresh.running_var, 0.9 + 0.1 * x.var((0, 2, 3), unbiased=False))  # claim: running-var-unbiased
doc = " ".join(nn.BatchNorm2d.__doc__.split())
assert "moving average of the standard-deviation is calculated via the unbiased estimator" in doc  # claim: running-var-docs
