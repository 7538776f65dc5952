import torch

torch.manual_seed(0)
x, dest = torch.rand(3, 4), torch.zeros(3, 4)
idx2, idx1 = torch.tensor([[3, 0], [1, 1], [2, 0]]), torch.tensor([2, 0, 2])  # per element / per slice
ops = {  # call: (function of (input or destination, index, src) along the last dim, index, src)
    "torch.gather(x, 1, index)": (lambda t, i, s: torch.gather(t, -1, i), idx2, None),
    "torch.take_along_dim(x, index, dim=1)": (lambda t, i, s: torch.take_along_dim(t, i, dim=-1), idx2, None),
    "x.index_select(1, index)": (lambda t, i, s: t.index_select(-1, i), idx1, None),
    "dest.scatter(1, index, src)": (lambda t, i, s: t.scatter(-1, i, s), idx2, torch.rand(3, 2)),
    "dest.scatter_add(1, index, src)": (lambda t, i, s: t.scatter_add(-1, i, s), idx2, torch.rand(3, 2)),
    "dest.index_add(1, index, src)": (lambda t, i, s: t.index_add(-1, i, s), idx1, torch.rand(3, 3)),
}
print("| Function | Output shape follows | Duplicate index [0, 0] | Gradient reaching the source |")
print("|---|---|---|---|")
rows = {}
for call, (fn, index, src) in ops.items():
    writes = src is not None
    shape = fn(dest if writes else x, index, src).shape
    if shape == index.shape:
        follows = "`index.shape`"
    elif writes and shape == dest.shape:
        follows = "`dest.shape`"
    elif shape == (x.shape[0], len(index)):
        follows = "`x.shape`, dim 1 → `len(index)`"
    else:
        raise AssertionError(f"{call}: no rule for shape {tuple(shape)}")
    # Duplicates: index [0, 0]. Readers read x = [10., 20.]; writers put src = [1., 2.] into zeros(2)
    source = torch.tensor([1.0, 2.0] if writes else [10.0, 20.0], requires_grad=True)
    out = fn(torch.zeros(2), torch.tensor([0, 0]), source) if writes else fn(source, torch.tensor([0, 0]), None)
    out.sum().backward()
    rows[call] = (follows, out[0].item() if writes else out.tolist(), source.grad.tolist())
    print(f"| `{call}` | {follows} | `{rows[call][1]}` | `{rows[call][2]}` |")

readers, writers = list(rows.values())[:3], list(rows.values())[3:]
assert [r[0] for r in readers] == ["`index.shape`"] * 2 + ["`x.shape`, dim 1 → `len(index)`"]  # claim: reader-shapes
assert [r[0] for r in writers] == ["`dest.shape`"] * 3  # claim: writer-shape
assert [r[1] for r in readers] == [[10.0, 10.0]] * 3  # claim: readers-copy-duplicate
assert writers[0][1] in (1.0, 2.0)  # claim: scatter-keeps-one
assert writers[1][1] == writers[2][1] == 3.0  # claim: scatter-add-sums, index-add-sums
assert [r[2] for r in readers] == [[2.0, 0.0]] * 3 and [r[2] for r in writers] == [[1.0, 1.0]] * 3  # claim: all-differentiable

# The in-place spellings give the same result, written into dest itself
for call, (fn, index, src) in list(ops.items())[3:]:
    target = dest.clone()
    method = getattr(target, call.split("(")[0].split(".")[1] + "_")
    assert method(1, index, src) is target and torch.equal(target, fn(dest, index, src))  # claim: inplace-matches
assert not dest.any()  # claim: out-of-place-leaves-dest
