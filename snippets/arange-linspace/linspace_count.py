import random

import torch

torch.manual_seed(0)
x = torch.linspace(0, 1, steps=5)  # 5 points, both ends included
print("torch.linspace(0, 1, steps=5):", x)
print("gaps:", x.diff())
assert x.numel() == 5 and x[0].item() == 0 and x[-1].item() == 1  # claim: linspace-both-ends
assert torch.allclose(x.diff(), torch.full((4,), (1 - 0) / (5 - 1)))  # claim: linspace-gap
print("steps=1:", torch.linspace(0, 1, steps=1), "| end < start:", torch.linspace(1, 0, steps=3))
assert torch.linspace(0, 1, steps=1).tolist() == [0.0]  # claim: linspace-one-step
assert torch.linspace(1, 0, steps=3).tolist() == [1.0, 0.5, 0.0]  # claim: linspace-reversed

# Any numbers (2,000 random cases): steps values, start and end as float32 hold them, equal gaps
random.seed(0)
for _ in range(2000):
    start, end, steps = random.uniform(-100, 100), random.uniform(-100, 100), random.randint(2, 500)
    y = torch.linspace(start, end, steps)
    # claim: linspace-exact-ends
    assert y.numel() == steps and y[0] == torch.tensor(start) and y[-1] == torch.tensor(end)
    assert torch.allclose(y.diff(), torch.full((steps - 1,), (end - start) / (steps - 1)), atol=1e-4)  # claim: linspace-gap

try:
    torch.linspace(0, 1)  # no count: since PyTorch 1.11, steps is required
except TypeError as error:
    print(f"TypeError: {str(error).splitlines()[0]}")
    assert "linspace() received an invalid combination of arguments - got (int, int)" in str(error)  # claim: steps-required
else:
    raise AssertionError("linspace without steps should raise")
assert "From PyTorch 1.11 linspace requires the steps argument" in torch.linspace.__doc__  # claim: steps-required
