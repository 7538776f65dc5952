import torch

torch.manual_seed(0)
x, dest, src = torch.rand(3, 4), torch.zeros(3, 4), torch.rand(3, 2)
ops = {  # call: function of (input or destination, index, src), working along the last dim
    "torch.gather(x, 1, index)": lambda t, i, s: torch.gather(t, -1, i),
    "torch.take_along_dim(x, index, dim=1)": lambda t, i, s: torch.take_along_dim(t, i, dim=-1),
    "x.index_select(1, index)": lambda t, i, s: t.index_select(-1, i),
    "dest.scatter(1, index, src)": lambda t, i, s: t.scatter(-1, i, s),
    "dest.scatter_add(1, index, src)": lambda t, i, s: t.scatter_add(-1, i, s),
    "dest.index_add(1, index, src)": lambda t, i, s: t.index_add(-1, i, s),
}
print("| function | output shape follows | duplicates | differentiable w.r.t. source? |")
print("|---|---|---|---|")
rows = []
for call, fn in ops.items():
    writes = call.startswith("dest")
    index = torch.tensor([2, 0]) if "index_" in call else torch.tensor([[3, 0], [1, 1], [2, 0]])
    shape = fn(dest if writes else x, index, src).shape
    follows = {index.shape: "`index.shape`", dest.shape: "`dest.shape`"}.get(shape, "`(x.shape[0], len(index))`")
    # Duplicates: index [0, 0]. Readers read x = [10., 20.]; writers put src = [1., 2.] into zeros(2)
    source = torch.tensor([1.0, 2.0] if writes else [10.0, 20.0], requires_grad=True)
    out = fn(torch.zeros(2), torch.tensor([0, 0]), source) if writes else fn(source, torch.tensor([0, 0]), None)
    out.sum().backward()
    dup = out.tolist() if not writes else out[0].item()
    rows.append((shape, dup, source.grad.tolist()))
    dup_cell = "∈ {1.0, 2.0}" if call.startswith("dest.scatter(") else dup
    print(f"| `{call}` | {follows} | `{dup_cell}` | {'✓' if source.grad.any() else '✗'} `{rows[-1][2]}` |")

assert [r[0] for r in rows] == [(3, 2), (3, 2), (3, 2), (3, 4), (3, 4), (3, 4)]
assert [r[1] for r in rows[:3]] == [[10.0, 10.0]] * 3  # readers copy the same element
assert rows[3][1] in (1.0, 2.0) and rows[4][1] == rows[5][1] == 3.0  # one write kept / both summed
assert [r[2] for r in rows] == [[2.0, 0.0]] * 3 + [[1.0, 1.0]] * 3
