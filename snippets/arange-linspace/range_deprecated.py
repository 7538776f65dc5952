import math
import warnings

import torch

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r, r_again = torch.range(1, 4), torch.range(1, 4)  # still in torch 2.13; it warns on every call
print("torch.range(1, 4):", r, r.dtype)
print(f"{caught[0].category.__name__}: {caught[0].message}")
# claim: range-warns
assert len(caught) == 2 and all(w.category is UserWarning for w in caught)
assert str(caught[0].message).startswith("torch.range is deprecated and will be removed in a future release")  # claim: range-warns
assert r.tolist() == [1.0, 2.0, 3.0, 4.0]  # claim: range-includes-end

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the warning was shown above
    evens, short = torch.range(0, 10, 2), torch.range(0, 0.3, 0.1)
    same_as_arange = all(torch.range(a, b).tolist() == torch.arange(a, b + 1).tolist() for a in range(-3, 4) for b in range(a, 5))
    try:
        torch.range(5)  # unlike arange(5), a lone end is not enough
    except TypeError as error:
        print(f"TypeError: {error}")
        assert 'missing 1 required positional arguments: "end"' in str(error)  # claim: range-needs-start
    else:
        raise AssertionError("torch.range(5) should raise")
# Integer arguments, yet a float32 result; the docstring says int64
assert r.dtype == evens.dtype == torch.float32 == torch.get_default_dtype()  # claim: range-float
assert "Otherwise, the `dtype` is inferred to be `torch.int64`" in " ".join(torch.range.__doc__.split())  # claim: range-doc-int64
# With a float step, "end included" rests on rounding too: floor(0.3 / 0.1) is 2, and 0.3 is left out
print("torch.range(0, 0.3, 0.1):", short, "| 0.3 / 0.1 =", 0.3 / 0.1)
assert short.numel() == 3 and not torch.isclose(short[-1], torch.tensor(0.3))  # claim: range-float-misses-end
assert short.numel() == math.floor(0.3 / 0.1) + 1  # claim: range-float-misses-end

# The replacement: arange with end + 1; the same numbers, in int64 unless you ask for float
print("torch.arange(1, 5):", torch.arange(1, 5))
assert torch.arange(1, 5).dtype == torch.int64 and torch.equal(torch.arange(1, 5, dtype=torch.float32), r)  # claim: range-replacement
assert same_as_arange  # claim: range-replacement
