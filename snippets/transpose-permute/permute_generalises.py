import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4, 5)    # N, C, H, W
nhwc = x.permute(0, 2, 3, 1)  # any order of all the dims
print("x.permute(0, 2, 3, 1): shape", tuple(nhwc.shape), " stride", nhwc.stride())
assert nhwc.shape == (2, 4, 5, 3) and nhwc.data_ptr() == x.data_ptr()  # claim: permute-nhwc
# dim i of the result is dim order[i] of x (not: dim i of x moves to position order[i])
order = (0, 2, 3, 1)
assert nhwc.shape == tuple(x.shape[d] for d in order) and nhwc.stride() == tuple(x.stride()[d] for d in order)  # claim: permute-order
assert nhwc.shape != (2, 5, 3, 4)  # claim: permute-order

# transpose(i, j) is the permute that swaps just i and j; .mT swaps the last two
assert torch.equal(x.transpose(1, 3), x.permute(0, 3, 2, 1))  # claim: transpose-is-permute
assert torch.equal(x.mT, x.permute(0, 1, 3, 2))  # claim: mt-is-permute

try:
    x.permute(0, 2, 1)  # every dim has to be named, exactly once
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "does not match the length of the desired ordering" in str(error)  # claim: permute-short
    assert "sparse_coo" in str(error) and not x.is_sparse  # claim: permute-sparse-msg
else:
    raise AssertionError("permute() with too few dims should raise")
try:
    x.permute(0, 1, 1, 2)  # right length, one dim twice
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "duplicate dims are not allowed" in str(error)  # claim: permute-duplicate
else:
    raise AssertionError("permute() with a repeated dim should raise")
