import torch

torch.manual_seed(0)

def operand(rank):  # rank 1: a vector of 4; rank r >= 2: (r - 2) batch dims of 2, then a 4 x 4 matrix
    return torch.rand(4) if rank == 1 else torch.rand(*[2] * (rank - 2), 4, 4)

def runs(fn, a, b):
    try:
        return fn(a, b) is not None
    except RuntimeError:
        return False

def batched_einsum(a, b):
    return torch.einsum("...ij,...jk->...ik", a, b)

ops = {  # call: (function, example input shapes)
    "a * b": (torch.mul, ((3, 1), (1, 4))),
    "torch.mm(a, b)": (torch.mm, ((3, 4), (4, 5))),
    "torch.bmm(a, b)": (torch.bmm, ((2, 3, 4), (2, 4, 5))),
    "a @ b": (torch.matmul, ((2, 1, 3, 4), (5, 4, 6))),
    "torch.dot(a, b)": (torch.dot, ((4,), (4,))),
    'torch.einsum("...ij,...jk->...ik", a, b)': (batched_einsum, ((2, 3, 4), (4, 5))),
}
span = lambda r: f"{r[0]}" if len(r) == 1 else f"{r[0]}–{r[-1]}"
rows = []
print("| call | ranks accepted | batch 1 with batch 2 | example |")
print("|---|---|---|---|")
for call, (fn, (sa, sb)) in ops.items():
    ok = [(p, q) for p in range(1, 5) for q in range(1, 5) if runs(fn, operand(p), operand(q))]
    left, right = sorted({p for p, _ in ok}), sorted({q for _, q in ok})
    assert len(ok) == len(left) * len(right)  # claim: table-ranks
    broadcasts = runs(fn, torch.rand(1, 4, 4), torch.rand(2, 4, 4))  # batch sizes 1 and 2
    out = tuple(fn(torch.rand(sa), torch.rand(sb)).shape)
    rows.append((span(left), span(right), broadcasts, out))
    print(f"| `{call}` | `{span(left)} × {span(right)}` | {'✓' if broadcasts else '✗'} | `{sa}, {sb} → {out}` |")

# claim: table-ranks
assert [r[:2] for r in rows] == [("1–4", "1–4"), ("2", "2"), ("3", "3"), ("1–4", "1–4"), ("1", "1"), ("2–4", "2–4")]
assert [r[2] for r in rows] == [True, False, False, True, False, True]  # claim: table-batch-broadcast
assert [r[3] for r in rows] == [(3, 4), (3, 5), (2, 3, 5), (2, 5, 3, 6), (), (2, 3, 5)]  # claim: table-example
