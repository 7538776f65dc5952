import torch

torch.manual_seed(0)
x = torch.randn(5)
try:
    torch.clip(x, a_min=0, a_max=1)  # NumPy's np.clip keywords
except TypeError as error:
    print(f"TypeError: {error}".rstrip())
    assert "clip() received an invalid combination of arguments" in str(error)  # claim: numpy-keywords-raise
    assert "a_min=int" in str(error) and "Number min = None, Number max = None" in str(error)  # claim: lists-signatures
else:
    raise AssertionError("torch.clip accepted NumPy's a_min/a_max")

clipped = torch.clip(x, min=0, max=1)  # the fix: torch's own keywords, or the bounds by position
print(clipped)
assert clipped.min() >= 0 and clipped.max() <= 1  # claim: keywords-fix
assert torch.equal(torch.clip(x, 0, 1), clipped)  # claim: keywords-fix

try:  # another one: np.swapaxes(a, axis1, axis2), torch.swapaxes(input, axis0, axis1)
    torch.swapaxes(torch.randn(2, 3), axis1=0, axis2=1)
except TypeError as error:
    print(f"TypeError: {error}")
    assert 'missing 2 required positional argument: "axis0", "axis1"' in str(error)  # claim: swapaxes-keywords
else:
    raise AssertionError("torch.swapaxes accepted NumPy's axis1/axis2")
