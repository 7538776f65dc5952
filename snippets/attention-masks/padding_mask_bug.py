import torch
import torch.nn as nn

torch.manual_seed(0)
E = 8
mha = nn.MultiheadAttention(E, num_heads=2, batch_first=True)
x = torch.randn(2, 5, E)  # sample 0: 5 real tokens; sample 1: 3 real tokens, then 2 pad steps
attention_mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])  # tokenizer style: 1 = real token

wrong, w = mha(x, x, x, key_padding_mask=attention_mask.bool())  # bug: True now blocks the real tokens
print("bug, sample 0 (no padding):", wrong[0, 0].detach())
assert wrong[0].isnan().all()  # claim: bug-nan-unpadded
assert (w[1][:, :3] == 0).all() and torch.allclose(w[1][:, 3:].sum(dim=-1), torch.ones(5))  # claim: bug-attends-pads

right, _ = mha(x, x, x, key_padding_mask=attention_mask == 0)  # fix: True where the token is padding
alone, _ = mha(x[1:, :3], x[1:, :3], x[1:, :3])  # sample 1 without its pad steps
print("fix, sample 1 equals it run alone:", torch.allclose(right[1, :3], alone[0], atol=1e-6))
assert right.isfinite().all() and torch.allclose(right[1, :3], alone[0], atol=1e-6)  # claim: fix-matches-alone
