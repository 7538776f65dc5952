import warnings

import torch

torch.manual_seed(0)


def retained(w):
    h = w * 2
    h.retain_grad()
    return h


def untracked(w):
    with torch.no_grad():
        return w * 2


recipes = {  # row: how the tensor is made from a fresh leaf w, or from c, which needs no grad
    "w = torch.tensor([1., 2.], requires_grad=True)": lambda w, c: w,
    "c = torch.tensor([1., 2.])": lambda w, c: c, "c * 2": lambda w, c: c * 2,
    "w * 2": lambda w, c: w * 2, "w.to(torch.float64)": lambda w, c: w.to(torch.float64),
    "h = w * 2; h.retain_grad()": lambda w, c: retained(w), "w.detach()": lambda w, c: w.detach(),
    "w * 2 under torch.no_grad()": lambda w, c: untracked(w),
}
mark, filled = {True: "✓", False: "✗"}, []
print("| Tensor | is_leaf | requires_grad | .grad after backward() | reading .grad warns |\n|---|---|---|---|---|")
for name, make in recipes.items():
    t = make(torch.tensor([1.0, 2.0], requires_grad=True), torch.tensor([1.0, 2.0]))
    if t.requires_grad:  # nothing to differentiate when t does not require grad
        (t * 3).sum().backward()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        grad = t.grad
    warned = any(issubclass(record.category, UserWarning) for record in caught)
    print(f"| `{name}` | {mark[t.is_leaf]} | {mark[t.requires_grad]} | `{grad}` | {mark[warned]} |")
    assert warned == (not t.is_leaf and not t.retains_grad)  # claim: non-leaf-warns
    assert t.is_leaf or t.requires_grad  # claim: no-grad-is-leaf
    assert (grad is not None) == (t.requires_grad and (t.is_leaf or t.retains_grad))  # claim: grad-only-leaves
    filled.append(grad is not None)

assert filled == [True, False, False, False, False, True, False, False]  # claim: two-rows-filled
