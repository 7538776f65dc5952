import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Linear(4, 1, bias=False)
inside, after = {}, []


def hook(module, grad_input, grad_output):
    inside.update(grad_input=grad_input, weight_grad=module.weight.grad)


net.register_full_backward_hook(hook)
net.weight.register_post_accumulate_grad_hook(lambda p: after.append(p.grad.clone()))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    net(torch.ones(1, 4)).backward()  # the input does not require grad
print(f"{caught[0].category.__name__}: {caught[0].message}")
print("grad_input:", inside["grad_input"], "| weight.grad inside the hook:", inside["weight_grad"])
print("weight.grad after backward():", net.weight.grad)
assert len(caught) == 1 and caught[0].category is UserWarning  # claim: no-input-warns
assert "firing when gradients are computed with respect to module outputs" in str(caught[0].message)  # claim: no-input-warns
assert inside["grad_input"] == (None,)  # claim: no-input-none
assert inside["weight_grad"] is None and net.weight.grad is not None  # claim: hook-before-param-grad
assert len(after) == 1 and torch.equal(after[0], net.weight.grad)  # claim: post-accumulate
