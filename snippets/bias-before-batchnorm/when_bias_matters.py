import torch
import torch.nn as nn

torch.manual_seed(0)
conv, bn = nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4)
for _ in range(5):
    bn(conv(torch.randn(8, 3, 6, 6)))  # a few training batches fill running_mean and running_var
bn.eval()  # from now on: fixed running statistics, not the batch's own
x = torch.randn(8, 3, 6, 6)
before = bn(conv(x))
with torch.no_grad():
    conv.bias += 5.0
after = bn(conv(x))
# eval mode subtracts the stored running_mean, which does not follow the new bias
shift = 5.0 / torch.sqrt(bn.running_var + bn.eps)  # per channel, weight 1 and bias 0
print("eval(): output moved by 5 / sqrt(running_var + eps):",
      torch.allclose(after - before, shift[None, :, None, None].expand_as(after), atol=1e-4))
assert torch.allclose(after - before, shift[None, :, None, None].expand_as(after), atol=1e-4)  # claim: eval-bias-shifts
out = bn(conv(x))
out.sum().backward()
assert (conv.bias.grad.abs() > 1.0).all()  # claim: eval-bias-grad

plain = nn.Conv2d(3, 4, 3)  # no BatchNorm: the bias is simply added
with torch.no_grad():
    moved = plain(x) + 5.0
    plain.bias += 5.0
assert torch.allclose(plain(x), moved, atol=1e-5)  # claim: no-bn-bias-adds

relu_between = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.BatchNorm2d(4))  # ReLU before the BN
before, kept = relu_between(x), relu_between[0](x) > 0
with torch.no_grad():
    relu_between[0].bias += 5.0
assert not torch.allclose(relu_between(x), before, atol=1e-3)  # claim: relu-between
assert not torch.equal(relu_between[0](x) > 0, kept)  # claim: relu-mask
# Counter-case: a change that leaves the ReLU's zeros where they were cancels again (no entry is zeroed here)
with torch.no_grad():
    relu_between[0].bias += 100.0
    before, kept = relu_between(x), relu_between[0](x) > 0
    relu_between[0].bias += 1.0
assert kept.all() and torch.equal(relu_between[0](x) > 0, kept)  # claim: relu-mask-same
assert torch.allclose(relu_between(x), before, atol=1e-3)  # claim: relu-mask-same
