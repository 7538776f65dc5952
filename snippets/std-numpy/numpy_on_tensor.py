import numpy as np
import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
try:
    np.std(x)  # NumPy hands the call to x.std(axis=..., ddof=...), which torch does not take
except TypeError as error:
    print(f"TypeError: {str(error).splitlines()[0]}")
    assert "std() received an invalid combination of arguments" in str(error) and "ddof" in str(error)  # claim: np-on-tensor-raises
else:
    raise AssertionError("np.std(tensor) should raise")
print("np.std(x.numpy()):", np.std(x.numpy()))
assert np.isclose(np.std(x.numpy()), torch.std(x, correction=0).item())  # claim: np-on-numpy-works

counts = torch.tensor([1, 2, 3, 4])  # integers: NumPy computes, torch refuses
try:
    torch.std(counts)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "std and var only support floating point and complex dtypes" in str(error)  # claim: int-raises
else:
    raise AssertionError("torch.std on int64 should raise")
print("np.std(int64 array):", np.std(counts.numpy()), "| torch.std(counts.float(), correction=0):", torch.std(counts.float(), correction=0).item())
assert np.isclose(np.std(counts.numpy()), torch.std(counts.float(), correction=0).item())  # claim: int-fix
