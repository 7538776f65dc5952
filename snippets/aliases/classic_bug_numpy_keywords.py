import torch

torch.manual_seed(0)
x = torch.randn(5)
try:
    torch.clip(x, a_min=0, a_max=1)  # NumPy's np.clip keywords
except TypeError as error:
    print(f"TypeError: {error}".rstrip())
    assert "clip() received an invalid combination of arguments" in str(error)
    assert "a_min=int" in str(error) and "Number min = None, Number max = None" in str(error)
else:
    raise AssertionError("torch.clip accepted NumPy's a_min/a_max")

clipped = torch.clip(x, min=0, max=1)  # the fix: torch's own keywords
print(clipped)
assert clipped.min() >= 0 and clipped.max() <= 1
