import torch
import torch.nn as nn

torch.manual_seed(0)
batch = torch.randn(4, 6, 5, 5)
changed = batch.clone()
changed[1:] = 10 * torch.randn(3, 6, 5, 5) + 5  # same sample 0, different companions
layers = {"BatchNorm2d, train()": nn.BatchNorm2d(6), "LayerNorm": nn.LayerNorm((6, 5, 5)),
          "InstanceNorm2d": nn.InstanceNorm2d(6), "GroupNorm(3, 6)": nn.GroupNorm(3, 6)}
for name, layer in layers.items():
    same = torch.allclose(layer(batch)[0], layer(changed)[0], atol=1e-5)
    print(f"{name:21} sample 0's output unchanged: {same}")
    if "BatchNorm" in name:
        assert not same  # claim: only-bn-couples
    else:
        assert same  # claim: others-per-sample

# In eval mode BatchNorm uses its running statistics: the other samples no longer matter
bn = nn.BatchNorm2d(6)
bn(torch.randn(16, 6, 5, 5))  # one training step fills the running statistics
bn.eval()
same = torch.allclose(bn(batch)[0], bn(changed)[0], atol=1e-5)
print(f"{'BatchNorm2d, eval()':21} sample 0's output unchanged: {same}")
assert same  # claim: bn-eval-per-sample
by_running = (batch - bn.running_mean[:, None, None]) / torch.sqrt(bn.running_var[:, None, None] + bn.eps)
assert torch.allclose(bn(batch), by_running, atol=1e-5)  # claim: bn-eval-running
assert torch.allclose(bn(batch[:1]), bn(batch)[:1], atol=1e-5)  # claim: bn-eval-per-sample
untracked = nn.BatchNorm2d(6, track_running_stats=False).eval()  # no running statistics to fall back on
assert not torch.allclose(untracked(batch)[0], untracked(changed)[0], atol=1e-5)  # claim: bn-untracked-couples
