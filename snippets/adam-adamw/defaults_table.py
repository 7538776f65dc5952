import torch

torch.manual_seed(0)
constructors = {
    "Adam(params)": lambda params, **kw: torch.optim.Adam(params, **kw),
    "AdamW(params)": lambda params, **kw: torch.optim.AdamW(params, **kw),
    "Adam(params, decoupled_weight_decay=True)": lambda params, **kw: torch.optim.Adam(params, decoupled_weight_decay=True, **kw),
}


def one_step(make, weight_decay):  # parameter (1.0, -2.0), gradient (0.5, 0.01), one step at lr=0.1
    p = torch.tensor([1.0, -2.0], requires_grad=True)
    opt = make([p], lr=0.1, weight_decay=weight_decay)
    p.grad = torch.tensor([0.5, 0.01])
    opt.step()
    return p.detach()


print("| constructor | default weight_decay | decoupled_weight_decay | after one step, weight_decay=0.1 | after one step, weight_decay=0 |")
print("|---|---|---|---|---|")
rows = []
for name, make in constructors.items():
    defaults = make([torch.zeros(1, requires_grad=True)]).defaults  # nothing passed but the parameters
    rows.append((defaults["weight_decay"], defaults["decoupled_weight_decay"], one_step(make, 0.1), one_step(make, 0)))
    cells = [f"`({a:.4f}, {b:.4f})`" for a, b in (rows[-1][2].tolist(), rows[-1][3].tolist())]
    print(f"| `{name}` | `{rows[-1][0]}` | {'✓' if rows[-1][1] else '✗'} | {cells[0]} | {cells[1]} |")

adam, adamw, flagged = rows
assert adam[0] == 0 and adamw[0] == 0.01 and flagged[0] == 0  # claim: default-decay
assert adamw[1] and flagged[1] and not adam[1]  # claim: decoupled-flag
assert not torch.allclose(adam[2], adamw[2]) and torch.equal(adamw[2], flagged[2])  # claim: table-decay-differs
assert torch.equal(adam[3], adamw[3]) and torch.equal(adam[3], flagged[3])  # claim: table-zero-same
# claim: table-adam-sign
assert torch.isclose(adam[2][0], adam[3][0]) and (adam[2][1] + 2) * (adam[3][1] + 2) < 0  # 2nd: opposite ways
