import torch
import torch.nn as nn

torch.manual_seed(0)
conv, bn = nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4)  # training mode, the default
x = torch.randn(8, 3, 6, 6)
before, pre = bn(conv(x)), conv(x)
with torch.no_grad():
    conv.bias += 5.0  # shift every channel by 5
after, pre_after = bn(conv(x)), conv(x)

# The conv output moves by exactly the bias in every channel, and so does its batch mean ...
assert torch.allclose(pre_after - pre, torch.full_like(pre, 5.0), atol=1e-5)  # claim: bias-shifts-mean
assert torch.allclose(pre_after.mean((0, 2, 3)) - pre.mean((0, 2, 3)), torch.full((4,), 5.0), atol=1e-5)  # claim: bias-shifts-mean
# ... which BatchNorm (training mode) subtracts, so its output does not move
by_hand = (pre - pre.mean((0, 2, 3), keepdim=True)) / torch.sqrt(pre.var((0, 2, 3), keepdim=True, unbiased=False) + 1e-5)
assert torch.allclose(before, by_hand, atol=1e-5)  # claim: bn-subtracts-mean
print("output unchanged after bias += 5:", torch.allclose(after, before, atol=1e-5))
assert torch.allclose(after, before, atol=1e-5)  # claim: bias-no-effect

out = bn(conv(x))
(out * torch.randn_like(out)).sum().backward()
print("conv.weight gets a real gradient:", (conv.weight.grad.abs().max() > 1.0).item())
print("bias gradient is float32 rounding noise:", (conv.bias.grad.abs() < 1e-4).all().item())
assert (conv.bias.grad.abs() < 1e-4).all() and conv.weight.grad.abs().max() > 1.0  # claim: bias-grad-zero

conv64, bn64 = conv.double(), bn.double()  # in float64 the noise shrinks with the rounding
conv64.zero_grad()
out = bn64(conv64(x.double()))
(out * torch.randn_like(out)).sum().backward()
assert (conv64.bias.grad.abs() < 1e-10).all() and conv64.weight.grad.abs().max() > 1.0  # claim: bias-grad-zero
