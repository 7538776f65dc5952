import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
w, x = torch.randn(3), torch.randn(2, 3, requires_grad=True)


class Mix(nn.Module):
    def forward(self, x):
        return x * w + x.sin()  # the last operation is the add


m, got = Mix(), {}
m.register_backward_hook(lambda module, grad_input, grad_output: got.update(gi=grad_input, go=grad_output))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = m(x)  # the warning comes with the forward
print(f"{caught[0].category.__name__}: {caught[0].message}")
assert len(caught) == 1 and caught[0].category is FutureWarning  # claim: old-warns
assert "when the forward contains multiple autograd Nodes is deprecated" in str(caught[0].message)  # claim: old-warns
assert "This hook will be missing some grad_input" in str(caught[0].message)  # claim: old-warns
assert "deprecated in favor of :meth:`~torch.nn.Module.register_full_backward_hook`" in nn.Module.register_backward_hook.__doc__  # claim: old-deprecated-doc
y.sum().backward()
print("y.grad_fn:", type(y.grad_fn).__name__, "| grad_input shapes:", [tuple(t.shape) for t in got["gi"]])
print("grad_input[0]:", got["gi"][0])
print("x.grad:       ", x.grad)
assert type(y.grad_fn).__name__ == "AddBackward0" and len(got["gi"]) == 2  # claim: old-is-last-op
assert all(torch.equal(t, got["go"][0]) for t in got["gi"])  # claim: old-is-last-op
assert not any(torch.allclose(t, x.grad) for t in got["gi"])  # claim: old-not-input-grad

t, got = nn.Tanh(), {}  # counter-case: one operation, whose input comes out of another one
t.register_backward_hook(lambda module, grad_input, grad_output: got.update(gi=grad_input))
z = x * 3
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (dz,) = torch.autograd.grad(t(z).sum(), z)
assert not caught and len(got["gi"]) == 1 and torch.allclose(got["gi"][0], dz)  # claim: old-single-op-ok
