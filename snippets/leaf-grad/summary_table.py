import warnings

import torch

torch.manual_seed(0)


def retained(w):
    h = w * 2
    h.retain_grad()
    return h


recipes = {  # row: how the tensor is made from a fresh leaf w, or from c, which needs no grad
    "w = torch.tensor([1., 2.], requires_grad=True)": lambda w, c: w,
    "c = torch.tensor([1., 2.])": lambda w, c: c, "c * 2": lambda w, c: c * 2,
    "w * 2": lambda w, c: w * 2, "w.to(torch.float64)": lambda w, c: w.to(torch.float64),
    "h = w * 2; h.retain_grad()": lambda w, c: retained(w), "w.detach()": lambda w, c: w.detach(),
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
    print(f"| `{name}` | {mark[t.is_leaf]} | {mark[t.requires_grad]} | `{grad}` | {mark[bool(caught)]} |")
    assert bool(caught) == (not t.is_leaf and grad is None)  # only a non-leaf without retain_grad() warns
    filled.append(grad is not None)

assert filled == [True, False, False, False, False, True, False]  # leaves that require grad, and h
