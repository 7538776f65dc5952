import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x2, x3, x4 = torch.randn(2, 3), torch.randn(2, 5, 4), torch.randn(2, 3, 4, 5)  # x3: (batch, tokens, classes)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    p2, p3, p4 = F.softmax(x2), F.softmax(x3), F.softmax(x4)  # no dim
    l3 = F.log_softmax(x3)                                     # log_softmax: the same, with its own warning
for w in caught[::3]:
    print(f"{w.category.__name__}: {w.message}")
assert len(caught) == 4 and all(w.category is UserWarning for w in caught)  # claim: implicit-warns
assert "Implicit dimension choice for softmax has been deprecated" in str(caught[0].message)  # claim: implicit-warns
assert "Implicit dimension choice for log_softmax has been deprecated" in str(caught[3].message)  # claim: log-softmax-same
assert torch.equal(p2, F.softmax(x2, dim=1)) and torch.equal(p4, F.softmax(x4, dim=1))  # claim: implicit-rule
assert torch.equal(p3, F.softmax(x3, dim=0))  # claim: implicit-rule, guess-is-batch
assert torch.equal(l3, F.log_softmax(x3, dim=0))  # claim: log-softmax-same

try:
    torch.softmax(torch.randn(2, 3))  # torch.softmax has no default at all
except TypeError as error:
    print(f"TypeError: {error}")
    assert 'missing 1 required positional arguments: "dim"' in str(error)  # claim: torch-softmax-requires-dim
else:
    raise AssertionError("torch.softmax() without dim should raise")
