import copy

import torch

torch.manual_seed(0)
embedding = torch.nn.Embedding(4, 3)  # a vocabulary of 4 tokens
batch = torch.tensor([0, 1, 1, 0])    # tokens 2 and 3 never appear: their rows get a zero gradient
lr, steps = 0.1, 10


def rare_rows_after_each_step(make_optimizer):
    emb, rows = copy.deepcopy(embedding), [embedding.weight.detach()[2:].clone()]
    opt = make_optimizer(emb.parameters())
    for _ in range(steps):
        opt.zero_grad()
        emb(batch).pow(2).sum().backward()
        assert torch.equal(emb.weight.grad[2:], torch.zeros(2, 3))  # claim: rare-zero-grad
        opt.step()
        rows.append(emb.weight.detach()[2:].clone())
    return rows


adam = rare_rows_after_each_step(lambda ps: torch.optim.Adam(ps, lr=lr))
adamw = rare_rows_after_each_step(lambda ps: torch.optim.AdamW(ps, lr=lr))  # bug: no weight_decay, so 0.01
fixed = rare_rows_after_each_step(lambda ps: torch.optim.AdamW(ps, lr=lr, weight_decay=0))
start = adam[0]
print("Adam: rows 2-3 unchanged after 10 steps:", torch.equal(adam[-1], start))
print(f"AdamW(lr=0.1): rows 2-3 scaled by {(adamw[-1] / start).mean().item():.6f};"
      f" (1 - lr * 0.01) ** {steps} = {(1 - lr * 0.01) ** steps:.6f}")
print("AdamW(lr=0.1, weight_decay=0): rows 2-3 unchanged:", torch.equal(fixed[-1], start))
assert all(torch.equal(rows, start) for rows in adam)  # claim: adam-leaves-rare
assert all(torch.allclose(after, before * (1 - lr * 0.01)) for before, after in zip(adamw, adamw[1:]))  # claim: adamw-shrinks-rare
assert all(torch.equal(rows, start) for rows in fixed)  # claim: zero-fix
