import copy
import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)


class Mix(nn.Module):  # several autograd nodes: mul, sin, add
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(3))

    def forward(self, x):
        return x * self.w + x.sin()


base, x0, g = Mix(), torch.randn(2, 3), torch.randn(2, 3)  # loss = (y * g).sum(), so dloss/dy = g
x = x0.clone().requires_grad_()
(dx,) = torch.autograd.grad((base(x) * g).sum(), x)  # true dloss/dx, no hook anywhere
hooks = {  # row label -> names of the gradient arguments the hook gets
    "m.register_backward_hook": ["grad_input", "grad_output"],
    "m.register_full_backward_hook": ["grad_input", "grad_output"],
    "m.register_full_backward_pre_hook": ["grad_output"],
    "x.register_hook": ["grad"],
    "y.register_hook": ["grad"],
}
print("| Hook | What it receives (shapes) | Includes dloss/dx? | Includes dloss/dy? | Warns? |\n|---|---|---|---|---|")
rows = {}
for label, names in hooks.items():
    m, x, got = copy.deepcopy(base), x0.clone().requires_grad_(), []
    record = lambda *args: got.extend(a if isinstance(a, tuple) else (a,) for a in args[-len(names):])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if label.startswith("m."):
            getattr(m, label[2:])(record)  # module hooks: registered before the forward
        if label == "x.register_hook":
            x.register_hook(record)
        y = m(x)
        if label == "y.register_hook":
            y.register_hook(record)
        (y * g).sum().backward()
    received = [t for group in got for t in group if t is not None]
    shapes = "; ".join(f"{n}: {[tuple(t.shape) for t in group]}" for n, group in zip(names, got))
    rows[label] = [any(torch.allclose(t, want) for t in received) for want in (dx, g)] + [bool(caught)]
    print(f"| `{label}` | `{shapes}` | " + " | ".join("✓" if v else "✗" for v in rows[label]) + " |")
    rows[label].append(shapes)
two, one = "grad_input: [(2, 3), (2, 3)]; grad_output: [(2, 3)]", "grad_input: [(2, 3)]; grad_output: [(2, 3)]"
assert rows["m.register_backward_hook"] == [False, True, True, two]  # claim: table-old
assert rows["m.register_full_backward_hook"] == [True, True, False, one]  # claim: table-full
assert rows["m.register_full_backward_pre_hook"] == [False, True, False, "grad_output: [(2, 3)]"]  # claim: table-pre
# claim: table-tensor
assert rows["x.register_hook"][:3] == [True, False, False] and rows["y.register_hook"][:3] == [False, True, False]
