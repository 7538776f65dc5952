import torch

torch.manual_seed(0)
x, y = torch.rand(2, 3), torch.rand(2, 3)

def spellings(name):  # which arguments the method accepts: none, an int dim, a tuple of dims, a tensor y
    ok = []
    for args, shown in [((), ""), ((1,), "1"), (((0, 1),), "(0, 1)"), ((y,), "y")]:
        try:
            getattr(x, name)(*args)
        except (TypeError, RuntimeError):
            continue
        ok.append(f"`{name}({shown})`")
    return ok

t = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)  # a tied maximum inside one tensor
a, b = torch.tensor(3.0, requires_grad=True), torch.tensor(3.0, requires_grad=True)  # a tie across two
t.max(dim=0).values.backward(); g_max, t.grad = t.grad.tolist(), None
t.amax(dim=0).backward(); g_amax = t.grad.tolist()
idx = t.argmax(dim=0)  # integer indices: no graph to go back through
torch.maximum(a, b).backward()

m = x.max(dim=1)
accepted = {name: spellings(name) for name in ["max", "amax", "argmax", "maximum"]}
print("| function | returns | arguments accepted | tie gradient |")
print("|---|---|---|---|")
print(f"| `torch.max` | `(values {tuple(m.values.shape)}, indices {tuple(m.indices.shape)})` | {', '.join(accepted['max'])} | `{g_max}` |")
print(f"| `torch.amax` | `values {tuple(x.amax(dim=1).shape)}` | {', '.join(accepted['amax'])} | `{g_amax}` |")
print(f"| `torch.argmax` | `indices {tuple(x.argmax(dim=1).shape)}` | {', '.join(accepted['argmax'])} | `{idx.dtype}, requires_grad={idx.requires_grad}` |")
print(f"| `torch.maximum` | `values {tuple(torch.maximum(x, y).shape)}` | {', '.join(accepted['maximum'])} | `a: {a.grad.item()}, b: {b.grad.item()}` |")
# claim: table-accepted
assert [len(accepted[n]) for n in ["max", "amax", "argmax", "maximum"]] == [3, 3, 2, 1] and "`amax((0, 1))`" in accepted["amax"]
assert idx.dtype == torch.int64 and not idx.requires_grad and idx.grad_fn is None  # claim: argmax-no-grad
assert g_max == [0.0, 1.0, 0.0]  # claim: max-dim-grad-one
assert g_amax == [0.0, 0.5, 0.5]  # claim: amax-splits
assert a.grad == b.grad == 0.5  # claim: maximum-tie-half
assert isinstance(m, tuple) and type(x.amax(dim=1)) is torch.Tensor and torch.maximum(x, y).shape == x.shape  # claim: table-returns
