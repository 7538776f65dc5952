import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
N, L, E = 2, 4, 8
mha = nn.MultiheadAttention(E, num_heads=2, batch_first=True)
x, q, k, v = torch.randn(N, L, E), torch.randn(N, 2, L, 4), torch.randn(N, 2, L, 4), torch.randn(N, 2, L, 4)
blocked = torch.triu(torch.ones(L, L, dtype=torch.bool), diagonal=1)
as_float = torch.zeros(L, L).masked_fill(blocked, float("-inf"))  # added to the scores: -inf blocks, 0 leaves alone
print(as_float)
mha_doc, sdpa_doc = (" ".join(f.__doc__.split()) for f in (mha.forward, F.scaled_dot_product_attention))
assert "the mask values will be added to the attention weight" in mha_doc and "is added to the attention score" in sdpa_doc  # claim: docs-float-added

assert torch.allclose(mha(x, x, x, attn_mask=blocked)[0], mha(x, x, x, attn_mask=as_float)[0])  # claim: float-same-mha
assert torch.equal(nn.Transformer.generate_square_subsequent_mask(L), as_float)  # claim: subsequent-mask
sdpa = F.scaled_dot_product_attention
assert torch.allclose(sdpa(q, k, v, attn_mask=~blocked), sdpa(q, k, v, attn_mask=as_float))  # claim: float-same-sdpa

# A bool mask turned into 0.0 / 1.0 is added too: +1 on some scores, nothing blocked
_, w = mha(x, x, x, attn_mask=blocked.float())
assert (w > 0).all()  # claim: float-01-no-block
assert not torch.allclose(mha(x, x, x, attn_mask=blocked)[0], mha(x, x, x, attn_mask=blocked.float())[0])  # claim: float-01-no-block

pad = torch.tensor([[False] * 4, [False, False, True, True]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mixed = mha(x, x, x, attn_mask=as_float, key_padding_mask=pad)[0]  # float and bool together
print("UserWarning:", caught[0].message)
assert caught[0].category is UserWarning and "mismatched key_padding_mask and attn_mask is deprecated" in str(caught[0].message)  # claim: mixed-warns
assert torch.allclose(mixed, mha(x, x, x, attn_mask=blocked, key_padding_mask=pad)[0])  # claim: mixed-warns
