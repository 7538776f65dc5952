import copy

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(inplace=True), nn.Linear(4, 1))
fixed, x = copy.deepcopy(model), torch.randn(5, 3)
h = model[0](x)  # reference: the gradient of the loss w.r.t. the first layer's output
(dh,) = torch.autograd.grad(model[2](torch.relu(h)).sum(), h)

# Bug: a full backward hook on the layer whose output ReLU(inplace=True) overwrites
model[0].register_full_backward_hook(lambda module, grad_input, grad_output: None)
try:
    model(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Output 0 of BackwardHookFunction is a view and is being modified inplace" in str(error)  # claim: inplace-raises
else:
    raise AssertionError("a full backward hook followed by an in-place ReLU should raise")
assert "Modifying inputs or outputs inplace is not allowed" in nn.Module.register_full_backward_hook.__doc__  # claim: doc-inplace

# Fix: a forward hook that puts a tensor hook on the output
grads = []


def attach(module, inputs, output):  # returns None, so the output is left as it is
    output.register_hook(grads.append)


fixed[0].register_forward_hook(attach)
fixed(x).sum().backward()
print("gradient w.r.t. the first layer's output:", grads[0][0])
assert len(grads) == 1 and torch.allclose(grads[0], dh)  # claim: tensor-hook-fix
