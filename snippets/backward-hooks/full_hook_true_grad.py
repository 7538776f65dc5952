import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)


class Mix(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(3))

    def forward(self, x):
        return x * self.w + x.sin()


m, x, g = Mix(), torch.randn(2, 3, requires_grad=True), torch.randn(2, 3)
dx, dw = torch.autograd.grad((m(x) * g).sum(), (x, m.w))  # reference, before any hook
got = {}
m.register_full_backward_hook(lambda module, grad_input, grad_output: got.update(gi=grad_input, go=grad_output))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (m(x) * g).sum().backward()
print("grad_input shapes:", [tuple(t.shape) for t in got["gi"]], "| equals autograd.grad:", torch.allclose(got["gi"][0], dx))
assert not caught and len(got["gi"]) == 1 and torch.allclose(got["gi"][0], dx)  # claim: full-is-input-grad
assert torch.allclose(got["go"][0], g)  # claim: full-grad-output

m.w.grad, x.grad = None, None
m.register_full_backward_hook(lambda module, grad_input, grad_output: (grad_input[0] * 0.5,))
(m(x) * g).sum().backward()
assert torch.allclose(x.grad, 0.5 * dx)  # claim: full-replace-input
assert torch.allclose(m.w.grad, dw)  # claim: full-params-untouched
try:
    m.register_backward_hook(lambda *args: None)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Cannot use both regular backward hooks and full backward hooks" in str(error)  # claim: not-both
else:
    raise AssertionError("mixing both kinds on one module should raise")
old_first = Mix()  # the other way round: a full hook on a module that has an old one
old_first.register_backward_hook(lambda *args: None)
try:
    old_first.register_full_backward_hook(lambda *args: None)
except RuntimeError as error:
    assert "Cannot use both regular backward hooks and full backward hooks" in str(error)  # claim: not-both
else:
    raise AssertionError("a full hook after an old one should raise")
