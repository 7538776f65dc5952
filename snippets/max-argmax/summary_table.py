import torch

torch.manual_seed(0)
x, y = torch.rand(2, 3), torch.rand(2, 3)

def spellings(name):  # which dim arguments the method accepts: none, an int, a tuple
    ok = []
    for args in [(), (1,), ((0, 1),)]:
        try:
            getattr(x, name)(*args)
        except (TypeError, RuntimeError):
            continue
        ok.append(f"`{name}({', '.join(map(str, args))})`")
    return ", ".join(ok)

t = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)  # a tied maximum inside one tensor
a, b = torch.tensor(3.0, requires_grad=True), torch.tensor(3.0, requires_grad=True)  # a tie across two
t.max(dim=0).values.backward(); g_max, t.grad = t.grad.tolist(), None
t.amax(dim=0).backward(); g_amax = t.grad.tolist()
torch.maximum(a, b).backward()

m = x.max(dim=1)
print("| function | returns | dims | tie gradient |")
print("|---|---|---|---|")
print(f"| `torch.max` | `(values {tuple(m.values.shape)}, indices {tuple(m.indices.shape)})` | {spellings('max')} | `{g_max}` |")
print(f"| `torch.amax` | `values {tuple(x.amax(dim=1).shape)}` | {spellings('amax')} | `{g_amax}` |")
print(f"| `torch.argmax` | `indices {tuple(x.argmax(dim=1).shape)}` | {spellings('argmax')} | ✗ |")
print(f"| `torch.maximum` | `values {tuple(torch.maximum(x, y).shape)}` | — | `a: {a.grad.item()}, b: {b.grad.item()}` |")
assert x.argmax(dim=1).dtype == torch.int64 and not x.argmax(dim=1).requires_grad  # no gradient
assert g_max == [0.0, 1.0, 0.0] and g_amax == [0.0, 0.5, 0.5] and a.grad == b.grad == 0.5
