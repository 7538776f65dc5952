import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
N, L, E = 2, 4, 8
mha = nn.MultiheadAttention(E, num_heads=1, batch_first=True)
x = torch.randn(N, L, E)
# The same attention by hand: MHA's own projections around F.scaled_dot_product_attention
q, k, v = F.linear(x, mha.in_proj_weight, mha.in_proj_bias).chunk(3, dim=-1)


def by_sdpa(mask):
    return mha.out_proj(F.scaled_dot_product_attention(q[:, None], k[:, None], v[:, None], attn_mask=mask)[:, 0])


mask = torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1)  # True above the diagonal
out_mha, _ = mha(x, x, x, attn_mask=mask)  # True = not allowed: a causal mask
print("MHA and SDPA agree, same mask:  ", torch.allclose(out_mha, by_sdpa(mask)))
print("MHA and SDPA agree, SDPA gets ~mask:", torch.allclose(out_mha, by_sdpa(~mask)))
assert not torch.allclose(out_mha, by_sdpa(mask))  # claim: same-mask-differs
assert torch.allclose(out_mha, by_sdpa(~mask), atol=1e-6)  # claim: invert-agrees
q4, k4, v4 = q[:, None], k[:, None], v[:, None]  # is_causal=True is SDPA's own causal mask: True on and below
assert torch.allclose(F.scaled_dot_product_attention(q4, k4, v4, is_causal=True),
                      F.scaled_dot_product_attention(q4, k4, v4, attn_mask=~mask))  # claim: is-causal-tril

# Each docstring says it
mha_doc, sdpa_doc = (" ".join(f.__doc__.split()) for f in (mha.forward, F.scaled_dot_product_attention))
assert "a ``True`` value indicates that the corresponding position is not allowed to attend" in mha_doc  # claim: docs-say-opposite
assert "a value of True indicates that the element *should* take part in attention" in sdpa_doc  # claim: docs-say-opposite
