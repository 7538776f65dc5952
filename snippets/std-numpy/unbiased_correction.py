import warnings

import torch

torch.manual_seed(0)
torch.set_warn_always(True)  # a once-per-process deprecation warning would show up here too
x = torch.randn(10)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = [torch.std(x, unbiased=False), x.std(unbiased=False), torch.var(x, unbiased=False),
           torch.std(x, unbiased=True), x.std(unbiased=True), torch.var(x, unbiased=True)]
new = [torch.std(x, correction=0), x.std(correction=0), torch.var(x, correction=0),
       torch.std(x, correction=1), x.std(correction=1), torch.var(x, correction=1)]
print(f"unbiased=False: {old[0].item():.6f} | correction=0: {new[0].item():.6f} | warnings: {len(caught)}")
assert all(torch.equal(o, n) for o, n in zip(old, new))  # claim: unbiased-same-value
assert not caught  # claim: unbiased-no-warning

doc = " ".join(torch.std.__doc__.split())
print(doc[:doc.index(")") + 1])
assert "unbiased" not in doc[:doc.index(")")]  # claim: doc-signature-correction
assert "Previously this argument was called ``unbiased``" in doc  # claim: doc-signature-correction

for bad in [dict(unbiased=False, correction=0), dict(ddof=1)]:  # both names at once; NumPy's name
    try:
        torch.std(x, **bad)
    except TypeError as error:
        print(f"{bad}: TypeError: {str(error).splitlines()[0]}")
        assert "received an invalid combination of arguments" in str(error)  # claim: both-or-ddof-raise
    else:
        raise AssertionError(f"torch.std(x, **{bad}) should raise")
assert torch.allclose(torch.var(x, correction=2) * 8, torch.var(x, correction=0) * 10)  # claim: any-correction
