import numpy as np
import torch

torch.manual_seed(0)
arr = np.zeros(3)  # float64
tensors = {
    "torch.from_numpy(arr)": torch.from_numpy(arr),
    "torch.as_tensor(arr)": torch.as_tensor(arr),
    "torch.tensor(arr)": torch.tensor(arr),
    "torch.Tensor(arr)": torch.Tensor(arr),  # converts float64 to float32, so it must copy
    "torch.as_tensor(arr, dtype=torch.float32)": torch.as_tensor(arr, dtype=torch.float32),
}

arr[0] = 7.0  # change the array in place
for name, t in tensors.items():
    print(f"{name:<42} {t}")

sees_change = {name: t[0].item() == 7.0 for name, t in tensors.items()}
# claim: numpy-sharing
assert sees_change == {"torch.from_numpy(arr)": True, "torch.as_tensor(arr)": True,
                       "torch.tensor(arr)": False, "torch.Tensor(arr)": False,
                       "torch.as_tensor(arr, dtype=torch.float32)": False}
assert tensors["torch.from_numpy(arr)"].data_ptr() == arr.ctypes.data  # claim: numpy-sharing
assert tensors["torch.as_tensor(arr)"].data_ptr() == arr.ctypes.data  # claim: numpy-sharing

tensors["torch.from_numpy(arr)"][1] = 5.0  # and the other way: write through the tensor
print("arr after writing through from_numpy:", arr)
assert arr[1] == 5.0  # claim: writes-both-ways
