import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, E, heads = 2, 4, 8, 2
mha = nn.MultiheadAttention(E, heads, batch_first=True)
x = torch.randn(N, L, E)

causal = torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1)  # (L, S): True = may not attend
_, w = mha(x, x, x, attn_mask=causal)
print("attn_mask=causal, weights of sample 0:\n", w[0].detach())
assert (w[:, causal] == 0).all() and (w[:, ~causal] > 0).all()  # claim: attn-mask-pairs

pad = torch.tensor([[False, False, False, False], [False, False, True, True]])  # (N, S): sample 1 has 2 pad keys
_, w = mha(x, x, x, key_padding_mask=pad)
assert (w[1, :, 2:] == 0).all() and (w[1, :, :2] > 0).all() and (w[0] > 0).all()  # claim: kpm-keys

# key_padding_mask is a per-sample attn_mask of shape (N * heads, L, S), the same for every query
per_sample = pad[:, None, :].expand(N, L, L).repeat_interleave(heads, dim=0)
assert torch.allclose(mha(x, x, x, key_padding_mask=pad)[0], mha(x, x, x, attn_mask=per_sample)[0])  # claim: kpm-is-3d-mask

# Both together: a key is blocked when either mask blocks it
_, w = mha(x, x, x, attn_mask=causal, key_padding_mask=pad)
assert torch.equal(w == 0, causal[None] | pad[:, None, :])  # claim: masks-combine
