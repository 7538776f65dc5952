import math

import numpy as np
import torch

torch.manual_seed(0)
# Meant: the three points 1.0, 1.1, 1.2, with the end 1.3 left out
t = torch.arange(1, 1.3, 0.1)
print("torch.arange(1, 1.3, 0.1):", t, f"({t.numel()} elements)")
print("(1.3 - 1) / 0.1 =", (1.3 - 1) / 0.1, "-> ceil:", math.ceil((1.3 - 1) / 0.1))
assert t.numel() == 4 and t[-1] == torch.tensor(1.3)  # claim: float-step-extra
assert (1.3 - 1) / 0.1 > 3 and t.numel() == math.ceil((1.3 - 1) / 0.1)  # claim: ceil-rule
assert len(np.arange(1, 1.3, 0.1)) == 4  # claim: numpy-same

weights = torch.tensor([0.2, 0.3, 0.5])
try:
    t * weights
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "The size of tensor a (4) must match the size of tensor b (3)" in str(error)  # claim: float-step-mismatch
else:
    raise AssertionError("a 4-element grid times 3 weights should raise")

# Not every float step does it: count the pairs of tenths from 0.0 to 3.0 that get an extra element
extra = pairs = 0
for i in range(0, 21):
    for j in range(i + 1, 31):
        n = torch.arange(i / 10, j / 10, 0.1).numel()
        assert n == math.ceil((j / 10 - i / 10) / 0.1) and n - (j - i) in (0, 1)  # claim: ceil-rule
        extra, pairs = extra + n - (j - i), pairs + 1
print(f"{extra} of {pairs} (start, end) pairs get one element more than expected")
assert torch.arange(0, 1, 0.1).numel() == 10 and 0 < extra < pairs / 2  # claim: not-always

# Fixes: say how many points (linspace), or count with integers and scale
fixed, scaled = torch.linspace(1, 1.2, steps=3), torch.arange(10, 13) / 10
print("linspace(1, 1.2, steps=3):", fixed, "| arange(10, 13) / 10:", scaled)
assert fixed.numel() == scaled.numel() == 3 and torch.equal(fixed, scaled)  # claim: fixes-three
assert (fixed * weights).shape == (3,)  # claim: fixes-three
# The docstring's own advice, an end pulled in by a small epsilon, works here too
assert torch.arange(1, 1.3 - 1e-6, 0.1).numel() == 3 and "subtracting a small epsilon" in torch.arange.__doc__  # claim: docs-epsilon
