import warnings

import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = x.T  # a 3-D tensor, not a matrix
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
assert len(caught) == 1 and issubclass(caught[0].category, UserWarning)
assert "is deprecated" in str(caught[0].message)

# What it still does in this version: reverse all the dims, like permute(2, 1, 0)
print("x.T.shape =", tuple(t.shape))
assert t.shape == (4, 3, 2) and torch.equal(t, x.permute(2, 1, 0))
