import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)  # created by you, requires grad
c = torch.randn(2, 3)                   # created by you, no grad
layer = torch.nn.Linear(3, 1)           # parameters are created by the module

candidates = {"w": w, "c": c, "c * 2": c * 2, "layer.weight": layer.weight,
              "w * 2": w * 2, "w.to(torch.float64)": w.to(torch.float64), "layer(c)": layer(c)}
for name, t in candidates.items():
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn else None
    print(f"{name:20} is_leaf={t.is_leaf!s:5}  requires_grad={t.requires_grad!s:5}  grad_fn={grad_fn}")

# Leaves: tensors you create, and results computed only from tensors that need no grad
assert all(candidates[n].is_leaf for n in ["w", "c", "c * 2", "layer.weight"])
assert candidates["c * 2"].grad_fn is None and not candidates["c * 2"].requires_grad
# Not leaves: results of operations on something that requires grad; they carry a grad_fn
for name in ["w * 2", "w.to(torch.float64)", "layer(c)"]:
    t = candidates[name]
    assert not t.is_leaf and t.requires_grad and t.grad_fn is not None
