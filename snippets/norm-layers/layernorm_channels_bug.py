import torch
import torch.nn as nn

torch.manual_seed(0)
ln = nn.LayerNorm(8)  # meant: normalise the 8 channels at every pixel
try:
    ln(torch.randn(2, 8, 5, 5))  # (N, C, H, W): LayerNorm looks at the LAST dim, W = 5
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "expected input with shape [*, 8], but got input of size[2, 8, 5, 5]" in str(error)  # claim: ln-last-dims
else:
    raise AssertionError("LayerNorm(8) on a (2, 8, 5, 5) input should raise")

x = 3 * torch.randn(2, 8, 8, 8) + 1  # bug: when W happens to equal C, it runs


def over(t, dim):  # mean and biased variance over one dim, eps = 1e-5
    return (t - t.mean(dim, keepdim=True)) / torch.sqrt(t.var(dim, keepdim=True, unbiased=False) + 1e-5)


wrong = ln(x)
print("bug runs, and normalises over W:", torch.allclose(wrong, over(x, 3), atol=1e-5))
assert torch.allclose(wrong, over(x, 3), atol=1e-5)  # claim: ln-square-silent
assert not torch.allclose(wrong, over(x, 1), atol=1e-3)  # claim: ln-square-silent
right = ln(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)  # fix: channels last, normalise, back
print("fix normalises over the channels:", torch.allclose(right, over(x, 1), atol=1e-5))
assert torch.allclose(right, over(x, 1), atol=1e-5)  # claim: ln-fix
# GroupNorm(1, C) is not this fix: it normalises (C, H, W) together
assert not torch.allclose(right, nn.GroupNorm(1, 8)(x), atol=1e-3)  # claim: gn1-not-fix
