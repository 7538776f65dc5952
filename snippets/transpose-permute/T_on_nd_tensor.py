import warnings

import torch

torch.manual_seed(0)
torch.set_warn_always(True)  # torch warns about .T once per process otherwise
x = torch.rand(2, 3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = x.T  # a 3-D tensor, not a matrix
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
message = str(caught[0].message)
assert len(caught) == 1 and issubclass(caught[0].category, UserWarning)  # claim: t-warns
assert "is deprecated" in message and "error in a future release" in message  # claim: t-warns
assert "x.mT" in message and "x.permute(" in message  # claim: t-names-fix

# What it still does in this version: reverse all the dims, like permute(2, 1, 0)
print("x.T.shape =", tuple(t.shape))
assert t.shape == (4, 3, 2) and torch.equal(t, x.permute(2, 1, 0))  # claim: t-reverses
with warnings.catch_warnings(record=True) as spelled_out:
    warnings.simplefilter("always")
    x.permute(2, 1, 0)  # the same result, written out: no warning
assert not spelled_out  # claim: permute-no-warning
with warnings.catch_warnings(record=True) as four:  # 4-D: reversed as well, with the same warning
    warnings.simplefilter("always")
    t4 = torch.rand(2, 3, 4, 5).T
assert t4.shape == (5, 4, 3, 2)  # claim: t-reverses
assert len(four) == 1 and "is deprecated" in str(four[0].message)  # claim: t-warns

with warnings.catch_warnings(record=True) as low:  # 1-D and 0-D: same shape back, also deprecated
    warnings.simplefilter("always")
    v, s = torch.rand(3).T, torch.tensor(1.0).T
print("1-D and 0-D .T warn too:", len(low) == 2, "| shapes", tuple(v.shape), tuple(s.shape))
assert len(low) == 2 and all("deprecated" in str(w.message) for w in low) and v.shape == (3,)  # claim: t-low-rank
torch.set_warn_always(False)
