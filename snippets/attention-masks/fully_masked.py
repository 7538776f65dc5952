import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
N, L, E = 2, 4, 8
mha = nn.MultiheadAttention(E, num_heads=2, batch_first=True)
x = torch.randn(N, L, E)
no_key = torch.zeros(L, L, dtype=torch.bool)
no_key[1] = True  # query 1 may attend to no key at all

out, w = mha(x, x, x, attn_mask=no_key)  # default need_weights=True: MHA computes the softmax itself
print("MHA, query 1:", out[0, 1].detach())
assert out[:, 1].isnan().all() and w[:, 1].isnan().all()  # claim: mha-nan
assert out[:, [0, 2, 3]].isfinite().all()  # claim: nan-row-only

out, _ = mha(x, x, x, attn_mask=no_key, need_weights=False)  # training mode: MHA calls SDPA
assert torch.equal(out[:, 1], mha.out_proj.bias.expand(N, E))  # claim: mha-no-weights-zero
doc = " ".join(nn.MultiheadAttention.__doc__.split()) + " ".join(mha.forward.__doc__.split())
assert "``need_weights=False`` to use the optimized ``scaled_dot_product_attention``" in doc  # claim: mha-no-weights-zero
mha.eval()
with torch.no_grad():  # eval + no_grad, self-attention: the "fastpath inference" of the docstring
    assert mha(x, x, x, attn_mask=no_key, need_weights=False)[0][:, 1].isnan().all()  # claim: fast-path-nan
assert "MHA will use fastpath inference" in doc and "autograd is disabled" in doc  # claim: fast-path-nan

q, k, v = torch.randn(3, N, 2, L, 4).unbind(0)
by_bool = F.scaled_dot_product_attention(q, k, v, attn_mask=~no_key)  # SDPA: True = allowed
by_float = F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(L, L).masked_fill(no_key, float("-inf")))
print("SDPA, query 1:", by_bool[0, 0, 1])
assert (by_bool[:, :, 1] == 0).all() and (by_float[:, :, 1] == 0).all()  # claim: sdpa-zero
# The docstring's reference code ends in a plain softmax, which gives NaN on such a row
assert "torch.softmax(attn_weight, dim=-1)" in F.scaled_dot_product_attention.__doc__  # claim: docs-reference-nan
assert torch.softmax(torch.full((4,), float("-inf")), dim=-1).isnan().all()  # claim: docs-reference-nan
