import math

import torch

torch.manual_seed(0)
print("torch.arange(2, 11, 3):", torch.arange(2, 11, 3).tolist())
print("list(range(2, 11, 3)): ", list(range(2, 11, 3)))
print("torch.arange(5, 0, -2):", torch.arange(5, 0, -2).tolist())

# Integer arguments: the same numbers as Python's range, the end left out, ceil((end - start) / step) of them
checked = 0
for start in range(-4, 5):
    for end in range(-4, 5):
        for step in (1, 2, 3, -1, -2):
            if (end - start) * step < 0:  # the step points away from end: range() is empty, arange raises
                try:
                    torch.arange(start, end, step)
                except RuntimeError:
                    assert list(range(start, end, step)) == []  # claim: arange-wrong-sign
                    continue
                raise AssertionError(f"arange({start}, {end}, {step}) should raise")
            t = torch.arange(start, end, step)
            # claim: arange-like-range
            assert t.tolist() == list(range(start, end, step)) and end not in t.tolist()
            assert t.dtype == torch.int64  # claim: arange-int64
            assert t.numel() == math.ceil((end - start) / step)  # claim: arange-count
            checked += 1
print(checked, "integer (start, end, step) triples agree with range()")
assert all(torch.arange(end).tolist() == list(range(0, end)) for end in range(10))  # claim: arange-one-arg

# Where a step points away from the end, Python's range is empty but torch.arange raises
try:
    torch.arange(0, 5, -1)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert list(range(0, 5, -1)) == [] and "inconsistent with step sign" in str(error)  # claim: arange-wrong-sign
else:
    raise AssertionError("arange(0, 5, -1) should raise")
