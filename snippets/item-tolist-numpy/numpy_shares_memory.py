import torch

torch.manual_seed(0)
t = torch.zeros(3)
arr = t.numpy()

t[0] = 5.0    # write through the tensor...
arr[1] = 9.0  # ...and through the array
print("tensor:", t)
print("array: ", arr)
assert arr.ctypes.data == t.data_ptr()  # claim: numpy-no-copy
assert t.tolist() == arr.tolist() == [5.0, 9.0, 0.0]  # claim: numpy-writes-both-ways

snapshot = t.numpy().copy()  # an independent copy, when that is what you need
t[2] = 1.0
print("copy:  ", snapshot)
assert snapshot[2] == 0.0 and snapshot.ctypes.data != t.data_ptr()  # claim: numpy-copy-snapshot
