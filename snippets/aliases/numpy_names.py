import numpy as np
import torch

torch.manual_seed(0)
x, y = torch.randn(3, 4, dtype=torch.float64), torch.randn(3, 4, dtype=torch.float64)
u = torch.rand(3, 4, dtype=torch.float64) * 2 - 1
calls = {  # alias name: positional arguments that mean the same thing in both libraries
    "clip": (x, -0.5, 0.5), "absolute": (x,), "concatenate": ([x, y], 1), "multiply": (x, y),
    "divide": (x, y), "subtract": (x, y), "negative": (x,), "greater": (x, y),
    "arccos": (u,), "fix": (x * 3,), "swapaxes": (x, 0, 1), "moveaxis": (x, 0, 1),
}
to_numpy = lambda a: [t.numpy() for t in a] if isinstance(a, list) else a.numpy() if torch.is_tensor(a) else a
for name, args in calls.items():
    ours = getattr(torch, name)(*args)
    theirs = getattr(np, name)(*[to_numpy(a) for a in args])  # NumPy's function of the same name
    assert np.allclose(ours.numpy(), theirs) and ours.shape == theirs.shape  # claim: numpy-names
print("same name, same result in NumPy:", ", ".join(calls))
