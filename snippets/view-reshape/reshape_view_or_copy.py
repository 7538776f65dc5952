import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(3, 4, device=device)

flat = x.reshape(-1)      # x is contiguous: reshape returns a view
flat_t = x.T.reshape(-1)  # x.T is not: reshape has to copy
print("reshape on x   shares memory:", flat.data_ptr() == x.data_ptr())
print("reshape on x.T shares memory:", flat_t.data_ptr() == x.data_ptr())
assert flat.data_ptr() == x.data_ptr()  # claim: reshape-view
assert flat_t.untyped_storage().data_ptr() != x.untyped_storage().data_ptr()  # claim: reshape-copy
assert torch.equal(flat_t, x.T.contiguous().view(-1))  # claim: reshape-same-values
assert "should not" in torch.reshape.__doc__ and "depend on the copying vs. viewing" in torch.reshape.__doc__  # claim: reshape-docs

# Writes reach x only through the view
flat[0] = -1.0
flat_t[0] = -2.0
print("x[0, 0] =", x[0, 0].item())
assert x[0, 0].item() == -1.0 and flat_t[0].item() == -2.0  # claim: reshape-writes
