import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
V, D = 6, 4  # 6 classes, vectors of size 4
idx = torch.tensor([0, 2, 2])  # classes 1, 3, 4 and 5 are not used
emb = nn.Embedding(V, D)
emb_sparse = nn.Embedding(V, D, sparse=True)
lin = nn.Linear(V, D, bias=False)
with torch.no_grad():
    emb_sparse.weight.copy_(emb.weight)
    lin.weight.copy_(emb.weight.T)  # Linear keeps (out, in): the transpose
calls = {"emb(idx)": (emb, idx), "emb_sparse(idx)": (emb_sparse, idx),
         "lin(F.one_hot(idx, V).float())": (lin, F.one_hot(idx, V).float())}
reference = emb(idx).detach()
print("| call | input | weight shape | same output as emb(idx) | saved for backward | grad layout | unused classes' grad all 0 |")
print("|---|---|---|---|---|---|---|")
rows = {}
for name, (layer, x) in calls.items():
    saved = []
    with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
        out = layer(x)
    out.sum().backward()
    grad = layer.weight.grad
    per_class = grad.to_dense() if grad.layout == torch.sparse_coo else grad
    per_class = per_class if layer is not lin else per_class.T  # one row per class
    unused_zero = bool((per_class[[1, 3, 4, 5]] == 0).all())
    rows[name] = (tuple(layer.weight.shape), torch.equal(out, reference), [(tuple(t.shape), t.dtype) for t in saved],
                  grad.layout, unused_zero)
    print(f"| `{name}` | `{tuple(x.shape)} {x.dtype}` | `{rows[name][0]}` | {'✓' if rows[name][1] else '✗'} "
          f"| {', '.join(f'`{s} {d}`' for s, d in rows[name][2])} | `{grad.layout}` | {'✓' if unused_zero else '✗'} |")

assert rows["emb(idx)"] == ((V, D), True, [((3,), torch.int64)], torch.strided, True)  # claim: table-embedding
assert rows["emb_sparse(idx)"] == ((V, D), True, [((3,), torch.int64)], torch.sparse_coo, True)  # claim: table-sparse
assert rows["lin(F.one_hot(idx, V).float())"] == ((D, V), True, [((3, V), torch.float32)], torch.strided, True)  # claim: table-linear
