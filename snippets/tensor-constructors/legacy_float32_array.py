import numpy as np
import torch

torch.manual_seed(0)
arr = np.zeros(3, dtype=np.float32)  # already the dtype torch.Tensor wants
t = torch.Tensor(arr)

arr[0] = 7.0
print("torch.Tensor(float32 array):", t)
assert t.dtype == torch.float32
assert t.data_ptr() == arr.ctypes.data  # no conversion needed, so no copy either
assert t[0].item() == 7.0
