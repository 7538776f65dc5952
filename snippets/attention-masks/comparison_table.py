import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
N, L, E = 2, 4, 8  # batch, sequence length (queries = keys), embedding size
mha = nn.MultiheadAttention(E, num_heads=2, batch_first=True)
x, q, k = torch.randn(N, L, E), torch.randn(N, 1, L, E), torch.randn(N, 1, L, E)
eye = torch.eye(L).expand(N, 1, L, L)  # value = identity: SDPA then returns its attention weights
m = torch.tensor([[0, 1, 1, 0], [1, 0, 0, 1], [0, 0, 1, 1], [1, 1, 0, 0]], dtype=torch.bool)  # (L, S)
pad = torch.tensor([[0, 0, 1, 1], [0, 1, 1, 1]], dtype=torch.bool)  # (N, S)
neg = lambda b: torch.zeros(b.shape).masked_fill(b, float("-inf"))  # True -> -inf, False -> 0
sdpa = lambda a: F.scaled_dot_product_attention(q, k, eye, attn_mask=a)[:, 0]
cases = {  # call: (mask, its entries laid out as (N, L, S), call -> (attention weights, output))
    "mha(x, x, x, attn_mask=m)": (m, lambda b: b.expand(N, L, L), lambda a: mha(x, x, x, attn_mask=a)[::-1]),
    "mha(x, x, x, key_padding_mask=pad)": (pad, lambda b: b[:, None].expand(N, L, L),
                                           lambda a: mha(x, x, x, key_padding_mask=a)[::-1]),
    "mha(x, x, x, attn_mask=neg(m))": (neg(m), lambda b: b.expand(N, L, L), lambda a: mha(x, x, x, attn_mask=a)[::-1]),
    "F.scaled_dot_product_attention(q, k, v, attn_mask=m)": (m, lambda b: b.expand(N, L, L), lambda a: (sdpa(a),) * 2),
    "F.scaled_dot_product_attention(q, k, v, attn_mask=neg(m))": (neg(m), lambda b: b.expand(N, L, L),
                                                                  lambda a: (sdpa(a),) * 2),
}
print("| call | mask dtype | entries that block | all entries blocking: output row |\n|---|---|---|---|")
rows = []
for call, (mask, layout, run) in cases.items():
    blocked = run(mask)[0].detach() == 0  # a blocked key gets weight exactly 0
    if mask.dtype == torch.bool:
        blocks = "True" if torch.equal(blocked, layout(mask)) else "False" if torch.equal(blocked, layout(~mask)) else "?"
        full = torch.full(mask.shape, blocks == "True")
    else:
        blocks = "-inf" if torch.equal(blocked, layout(mask.isinf())) else "?"
        full = torch.full(mask.shape, float("-inf"))
    row = run(full)[1].detach()[0, 0]  # query 0 of sample 0, with every key blocked
    gives = "nan" if row.isnan().all() else "0.0" if (row == 0).all() else "?"
    rows.append((blocks, gives))
    print(f"| `{call}` | `{mask.dtype}` | `{blocks}` | `{gives}` |")

assert rows[:3] == [("True", "nan")] * 2 + [("-inf", "nan")]  # claim: table-mha
assert rows[3:] == [("False", "0.0"), ("-inf", "0.0")]  # claim: table-sdpa
