import numpy as np
import torch

torch.manual_seed(0)
arr = np.zeros(3, dtype=np.float32)  # already the dtype torch.Tensor wants
t = torch.Tensor(arr)

arr[0] = 7.0
print("torch.Tensor(float32 array):", t)
assert t.dtype == torch.float32 and t.data_ptr() == arr.ctypes.data  # claim: legacy-shares-float32
assert t[0].item() == 7.0  # claim: legacy-shares-float32

strided = np.arange(6.0)
assert torch.from_numpy(strided[::2]).data_ptr() == strided.ctypes.data  # claim: from-numpy-never-copies
try:
    torch.from_numpy(strided[::-1])  # negative strides: it raises rather than copy
except ValueError as error:
    print("from_numpy(arr[::-1]): ValueError:", str(error).split(".")[0])
    assert "negative" in str(error)  # claim: from-numpy-never-copies
else:
    raise AssertionError("from_numpy should refuse an array with negative strides")
