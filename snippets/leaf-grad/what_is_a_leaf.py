import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)  # created by you, requires grad
c = torch.randn(2, 3)                   # created by you, no grad
layer = torch.nn.Linear(3, 1)           # parameters are created by the module
with torch.no_grad():
    untracked = w * 2                   # autograd records nothing in this block

candidates = {"w": w, "c": c, "c * 2": c * 2, "layer.weight": layer.weight,
              "no_grad: w * 2": untracked, "w.detach()": w.detach(),
              "w * 2": w * 2, "w.to(torch.float64)": w.to(torch.float64), "layer(c)": layer(c)}
for name, t in candidates.items():
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn else None
    print(f"{name:20} is_leaf={t.is_leaf!s:5}  requires_grad={t.requires_grad!s:5}  grad_fn={grad_fn}")
    assert t.is_leaf == (t.grad_fn is None)  # claim: leaf-iff-no-grad-fn
    assert t.is_leaf or t.requires_grad  # claim: no-grad-is-leaf

assert "which is ``False`` will be leaf Tensors by convention" in torch.Tensor.is_leaf.__doc__  # claim: no-grad-is-leaf
assert all(candidates[n].is_leaf for n in ["w", "c", "layer.weight"])  # claim: created-are-leaves
assert all(candidates[n].is_leaf and not candidates[n].requires_grad
           for n in ["c * 2", "no_grad: w * 2", "w.detach()"])  # claim: untracked-leaves
for name in ["w * 2", "w.to(torch.float64)", "layer(c)"]:
    t = candidates[name]
    assert not t.is_leaf and t.requires_grad and t.grad_fn is not None  # claim: recorded-not-leaf
assert type(candidates["w.to(torch.float64)"].grad_fn).__name__ == "ToCopyBackward0"  # claim: to-has-grad-fn
assert w.to(torch.float32) is w  # claim: to-noop-returns-self
candidates["layer(c)"].sum().backward()
assert layer.weight.grad is not None  # claim: param-gets-grad

c.add_(w)  # an in-place operation that mixes in w is recorded on c itself
print(f"after c.add_(w):     is_leaf={c.is_leaf}  requires_grad={c.requires_grad}  grad_fn={type(c.grad_fn).__name__}")
assert not c.is_leaf and c.requires_grad  # claim: inplace-unleafs
