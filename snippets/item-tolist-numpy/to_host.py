import numpy as np
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(4, device=device)

total = x.sum()  # still a tensor, on the same device
print("x.sum():", type(total).__name__, "on", total.device.type)
print("x.sum().item():", type(total.item()).__name__, "/ x.tolist():", type(x.tolist()).__name__)
assert isinstance(total, torch.Tensor) and total.device == x.device  # claim: sum-stays-on-device
assert isinstance(total.item(), float) and isinstance(x.tolist(), list)  # claim: item-tolist-python

if device == "cpu":
    print("x.numpy() works on the CPU")
    assert isinstance(x.numpy(), np.ndarray)  # claim: numpy-on-cpu
else:
    try:
        x.numpy()
    except TypeError as error:  # what a CUDA tensor raises
        print(f"TypeError: {error}")
        assert "can't convert" in str(error) and "Tensor.cpu()" in str(error)  # claim: numpy-cuda-raises
    else:
        raise AssertionError("numpy() on a CUDA tensor should raise")

arr = x.cpu().numpy()  # on the CPU: same memory as x; on the GPU: a copy on the host
print("x.cpu().numpy() shares memory with x:", arr.ctypes.data == x.data_ptr())
assert isinstance(arr, np.ndarray)
if device == "cpu":
    assert x.cpu() is x and arr.ctypes.data == x.data_ptr()  # claim: cpu-noop
else:
    assert x.cpu().device.type == "cpu" and arr.ctypes.data != x.data_ptr()  # claim: cpu-copies-to-host
    busy = torch.rand(4096, 4096, device=device)
    for _ in range(50):
        busy @ busy  # queue heavy work on the GPU
    pending = busy.sum()  # returns while the queued work still runs
    assert not torch.cuda.current_stream().query()  # claim: sum-returns-early
    pending.item()  # waits until the stream has finished
    assert torch.cuda.current_stream().query()  # claim: item-waits
