import torch

torch.manual_seed(0)
batch, heads, tokens, dim = 2, 4, 5, 8
out = torch.rand(batch, heads, tokens, dim)  # per-head attention output
merged = out.transpose(1, 2)  # (batch, tokens, heads, dim), not contiguous

try:
    merged.view(batch, tokens, heads * dim)  # bug: view after transpose
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "view size is not compatible" in str(error)  # claim: merge-view-fails
else:
    raise AssertionError("view() after transpose() should raise")

fixed = merged.reshape(batch, tokens, heads * dim)  # fix: reshape (copies here)
same = merged.contiguous().view(batch, tokens, heads * dim)  # or copy, then view
print("fixed.shape =", tuple(fixed.shape))
assert torch.equal(fixed, same) and fixed.untyped_storage().data_ptr() != out.untyped_storage().data_ptr()  # claim: merge-fix
# token 0 of sample 0 now holds the four heads side by side
assert torch.equal(fixed[0, 0], torch.cat([out[0, h, 0] for h in range(heads)]))  # claim: merge-side-by-side
