# gpu-capable
import numpy as np
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(4, device=device)

total = x.sum()  # still a tensor, on the same device
print("x.sum():", type(total).__name__, "on", total.device.type)
print("x.sum().item():", type(total.item()).__name__, "/ x.tolist():", type(x.tolist()).__name__)
assert total.device == x.device
assert isinstance(total.item(), float) and isinstance(x.tolist(), list)

try:
    x.numpy()
    print("x.numpy() works on", device)
    assert device == "cpu"
except TypeError as error:  # what a CUDA tensor raises
    print(f"TypeError: {error}")
    assert device == "cuda" and "can't convert" in str(error)

arr = x.cpu().numpy()  # on the CPU: same memory as x; on the GPU: a copy on the host
print("x.cpu().numpy() shares memory with x:", arr.ctypes.data == x.data_ptr())
assert isinstance(arr, np.ndarray)
assert (arr.ctypes.data == x.data_ptr()) == (device == "cpu")
