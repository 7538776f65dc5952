# gpu-capable
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(3, 4, device=device)

flat = x.reshape(-1)      # x is contiguous: reshape returns a view
flat_t = x.T.reshape(-1)  # x.T is not: reshape has to copy
print("reshape on x   shares memory:", flat.data_ptr() == x.data_ptr())
print("reshape on x.T shares memory:", flat_t.data_ptr() == x.data_ptr())
assert flat.data_ptr() == x.data_ptr()
assert flat_t.data_ptr() != x.data_ptr()
assert torch.equal(flat_t, x.T.contiguous().view(-1))  # same values either way

# Writes reach x only through the view
flat[0] = -1.0
flat_t[0] = -2.0
print("x[0, 0] =", x[0, 0].item())
assert x[0, 0].item() == -1.0
