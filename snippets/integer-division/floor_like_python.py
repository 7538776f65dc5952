import warnings

import numpy as np
import torch

torch.manual_seed(0)
torch.set_warn_always(True)  # a warning torch gives once per process would show up here too
a = torch.arange(-12, 13).repeat_interleave(10)  # every dividend from -12 to 12 ...
b = torch.tensor([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]).repeat(25)  # ... with every nonzero divisor
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    floored = a // b
    same = torch.floor_divide(a, b)
python = torch.tensor([p // q for p, q in zip(a.tolist(), b.tolist())])
print("pairs tested:", len(a), "| warnings:", len(caught))
assert torch.equal(floored, python) and torch.equal(same, python)  # claim: floor-like-python
assert torch.equal(floored, torch.from_numpy(np.floor_divide(a.numpy(), b.numpy())))  # claim: floor-like-numpy
floats = torch.randn(1000) * 10  # floats too: the same as Python's // on each pair
assert (floats // 3).tolist() == [v // 3 for v in floats.tolist()]  # claim: floor-like-python
assert not caught  # claim: no-warning

trunc = torch.div(a, b, rounding_mode="trunc")
differs = floored != trunc
print("floor and trunc differ on", int(differs.sum()), "pairs; an example:", a[differs][0].item(), "and", b[differs][0].item())
# claim: differ-when-negative-inexact
assert torch.equal(differs, ((a < 0) != (b < 0)) & (a % b != 0))  # only a negative quotient that is not whole

doc = torch.floor_divide.__doc__
note = " ".join(doc[doc.index("Before"):].split()[:8])
print("floor_divide's docstring:", note)
# claim: doc-history
assert ("Before PyTorch 1.13 :func:`torch.floor_divide` incorrectly performed truncation division. To restore the "
        "previous behavior use :func:`torch.div` with ``rounding_mode='trunc'``.") in " ".join(doc.split())
