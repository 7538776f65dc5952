import torch
import torch.nn as nn
from torch.nn.modules.module import register_module_forward_hook

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
x = torch.randn(4, 3, requires_grad=True)

grads = []  # full backward hook: gets the gradients w.r.t. the module's inputs and outputs
model.register_full_backward_hook(lambda module, grad_in, grad_out: grads.append(grad_out[0]))
model(x).sum().backward()
model.forward(x).sum().backward()
print("backward hook calls:", len(grads), "| grad_output:", tuple(grads[0].shape))
assert len(grads) == 1 and torch.equal(grads[0], torch.ones(4, 2))  # claim: backward-hook-call-only

names = []  # a global hook runs after the forward() of every module called through __call__
handle = register_module_forward_hook(lambda module, args, output: names.append(type(module).__name__))
try:
    model(x)
    by_call = list(names)
    names.clear()
    model.forward(x)
finally:
    handle.remove()
print("model(x):        ", by_call)
print("model.forward(x):", names)
assert by_call == ["Linear", "ReLU", "Sequential"]  # claim: global-every-module
assert names == ["Linear", "ReLU"]  # claim: global-skips-outer
assert "Register a global forward hook for all the modules" in register_module_forward_hook.__doc__  # claim: global-every-module
assert "only intended for debugging/profiling purposes" in register_module_forward_hook.__doc__  # claim: global-debug-only
