import torch

torch.manual_seed(0)
x, w1_init, w2_init = torch.rand(4, 3), torch.rand(3, 2), torch.rand(2, 1)
correct = x.sum(0, keepdim=True).T @ w2_init.T  # d/dw1 of sum(x @ w1 @ w2)
ways = {"w2.detach()": lambda t: t.detach(), "w2.data": lambda t: t.data,
        "w2.clone()": lambda t: t.clone(), "w2.detach().clone()": lambda t: t.detach().clone()}
mark, rows = {True: "✓", False: "✗"}, {}
print("| Way | Shares storage | Tracked by autograd | In-place edit caught |")
print("|---|---|---|---|")
for name, way in ways.items():
    w1, w2 = w1_init.clone().requires_grad_(), w2_init.clone().requires_grad_()
    loss = (x @ w1 @ w2).sum()
    result = way(w2)
    shares = result.untyped_storage().data_ptr() == w2.untyped_storage().data_ptr()
    tracked = result.requires_grad
    result.mul_(0.5)  # the edit, between forward and backward
    try:
        loss.backward()
    except RuntimeError as error:  # ✓ backward() notices the edit
        caught = "✓" if "modified by an inplace operation" in str(error) else "?"
    else:  # — w2 untouched and gradient right; ✗ w2 edited and gradient wrong
        untouched, right = torch.equal(w2, w2_init), torch.allclose(w1.grad, correct)
        caught = {(True, True): "—", (False, False): "✗"}.get((untouched, right), "?")
    rows[name] = (shares, tracked, caught)
    print(f"| `{name}` | {mark[shares]} | {mark[tracked]} | {caught} |")

# claim: table-rows
assert rows == {"w2.detach()": (True, False, "✓"), "w2.data": (True, False, "✗"),
                "w2.clone()": (False, True, "—"), "w2.detach().clone()": (False, False, "—")}
# claim: detach-data-differ
assert rows["w2.detach()"][:2] == rows["w2.data"][:2] and rows["w2.detach()"][2] != rows["w2.data"][2]
assert rows["w2.detach()"][:2] == (True, False)  # claim: detach-shares, detach-out-of-graph
assert rows["w2.data"][:2] == (True, False)  # claim: data-shares, data-out-of-graph
assert rows["w2.clone()"][:2] == (False, True)  # claim: clone-new-memory, clone-in-graph
assert rows["w2.detach().clone()"] == (False, False, "—")  # claim: snapshot-out-of-graph
