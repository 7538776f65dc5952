import math

import torch

torch.manual_seed(0)
x = torch.tensor([0.0, 100.0])
p = torch.softmax(x, dim=0)[0]  # e^-100: below the smallest normal float32
print("denormals kept:    p =", p.item(), " log(p) =", torch.log(p).item())
assert 0 < p < torch.finfo(torch.float32).tiny  # claim: subnormal-digits-lost

supported = torch.set_flush_denormal(True)  # False where the CPU cannot flush denormals
try:
    flushed = torch.softmax(x, dim=0)[0]
finally:
    torch.set_flush_denormal(False)  # a process-wide setting: restore the default
print("set_flush_denormal(True) supported:", supported)
if supported:
    print("denormals flushed: p =", flushed.item(), " log(p) =", torch.log(flushed).item())
    assert flushed == 0 and torch.log(flushed) == -math.inf  # claim: flush-denormal
