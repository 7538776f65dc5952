import torch

torch.manual_seed(0)
c = torch.tensor([3.0, 4.0])  # the loss (w * c).sum() has gradient c
actions = {  # looked up at call time, so they act on the current w and opt
    "backward()": lambda: (w * c).sum().backward(),
    "zero_grad()": lambda: opt.zero_grad(),
    "zero_grad(set_to_none=False)": lambda: opt.zero_grad(set_to_none=False),
}
sequences = [["backward()"], ["backward()", "backward()"], ["backward()", "zero_grad()"],
             ["backward()", "zero_grad(set_to_none=False)"]]
print("| Calls | .grad before step() | step() changes the parameter? |")
print("|---|---|---|")
rows = []
for sequence in sequences:
    w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
    opt = torch.optim.SGD([w], lr=0.1, weight_decay=0.1)
    for name in sequence:
        actions[name]()
    grad, before = w.grad, w.detach().clone()
    opt.step()
    rows.append((grad, not torch.equal(w.detach(), before)))
    calls = ", ".join(f"`{name}`" for name in sequence)
    print(f"| {calls} | `{grad}` | {'✓' if rows[-1][1] else '✗'} |")

(once, moved1), (twice, moved2), (none, moved3), (zeros, moved4) = rows
assert torch.equal(once, c) and torch.equal(twice, 2 * c) and moved1 and moved2  # claim: table-accumulates
assert none is None and not moved3  # claim: table-none-skipped
assert torch.equal(zeros, torch.zeros(2)) and moved4  # claim: table-zeros-move
