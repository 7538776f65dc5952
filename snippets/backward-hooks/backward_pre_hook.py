import torch
import torch.nn as nn

torch.manual_seed(0)


class Mix(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(3))

    def forward(self, x):
        return x * self.w + x.sin()


m, x = Mix(), torch.randn(2, 3, requires_grad=True)
dx, dw = torch.autograd.grad(m(x).sum(), (x, m.w))  # reference, before any hook
order = []


def pre(module, grad_output):  # before the module's backward: it may replace grad_output
    order.append(("pre", grad_output[0].clone()))
    return (grad_output[0] * 2,)


m.register_full_backward_pre_hook(pre)
m.register_full_backward_hook(lambda module, grad_input, grad_output: order.append(("full", grad_output[0])))
m(x).sum().backward()
print("order:", [name for name, _ in order])
assert [name for name, _ in order] == ["pre", "full"]  # claim: pre-runs-first
assert torch.equal(order[0][1], torch.ones(2, 3)) and torch.equal(order[1][1], 2 * torch.ones(2, 3))  # claim: pre-replaces-output
assert torch.allclose(x.grad, 2 * dx) and torch.allclose(m.w.grad, 2 * dw)  # claim: pre-reaches-params
