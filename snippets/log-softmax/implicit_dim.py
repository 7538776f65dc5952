import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    flat = F.softmax(torch.randn(2, 3))  # no dim
    x3 = torch.randn(2, 5, 4)            # e.g. (batch, tokens, classes)
    p3 = F.softmax(x3)
    F.log_softmax(torch.randn(2, 3))     # log_softmax: the same, with its own warning
for w in caught[::2]:
    print(f"{w.category.__name__}: {w.message}")
assert len(caught) == 3 and all(w.category is UserWarning for w in caught)
assert "Implicit dimension choice for softmax has been deprecated" in str(caught[0].message)
assert "Implicit dimension choice for log_softmax has been deprecated" in str(caught[2].message)
assert torch.allclose(flat.sum(dim=1), torch.ones(2))  # 2-D: the implicit choice is dim 1
assert torch.allclose(p3, F.softmax(x3, dim=0))        # 3-D: it is dim 0, the batch

try:
    torch.softmax(torch.randn(2, 3))  # torch.softmax has no default at all
except TypeError as error:
    print(f"TypeError: {error}")
    assert 'missing 1 required positional arguments: "dim"' in str(error)
else:
    raise AssertionError("torch.softmax() without dim should raise")
