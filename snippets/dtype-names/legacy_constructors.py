import warnings

import torch
import torch.utils.deterministic

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sized = torch.FloatTensor(2, 3)  # integers: a shape, and no values written
    data = torch.FloatTensor([1, 2])  # a list: the data
    counts = torch.LongTensor(3)
print("torch.FloatTensor(2, 3):", tuple(sized.shape), sized.dtype, "| warnings:", len(caught))
print("torch.FloatTensor([1, 2]):", data)
assert sized.shape == (2, 3) and sized.dtype == torch.float32 and counts.dtype == torch.int64  # claim: legacy-shape
assert not caught  # claim: legacy-no-warning
# claim: legacy-replacement
assert torch.equal(data, torch.tensor([1, 2], dtype=torch.float32)) and data.tolist() == [1.0, 2.0]

# Uninitialised: deterministic mode fills memory nobody wrote with NaN (its default setting), and it fills these
assert torch.utils.deterministic.fill_uninitialized_memory  # claim: legacy-uninitialised
torch.use_deterministic_algorithms(True)
try:
    legacy, empty, zeros = torch.FloatTensor(2, 3), torch.empty(2, 3), torch.zeros(2, 3)
    legacy_ints = torch.LongTensor(3)  # integers get their largest value, not NaN
finally:
    torch.use_deterministic_algorithms(False)  # back to the default for whatever runs next
print("under deterministic mode, torch.FloatTensor(2, 3):\n", legacy)
assert legacy.isnan().all() and empty.isnan().all()  # claim: legacy-uninitialised
assert (legacy_ints == torch.iinfo(torch.int64).max).all()  # claim: fill-ints-max
assert (zeros == 0).all() and empty.shape == legacy.shape and empty.dtype == legacy.dtype  # claim: empty-replaces
assert "uninitialized data" in torch.empty.__doc__  # claim: empty-replaces

try:
    torch.FloatTensor(2, 3, dtype=torch.float64)  # the type is the dtype: no dtype= keyword
except TypeError as error:
    print(f"TypeError: {str(error).splitlines()[0]}")
    assert "didn't match because some of the keywords were incorrect: dtype" in str(error)  # claim: legacy-no-dtype-kw
else:
    raise AssertionError("FloatTensor(..., dtype=) should raise")
