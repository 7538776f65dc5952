import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
new = torch.ones(1, 3)

model.weight = nn.Parameter(new.clone())  # bug: a brand-new Parameter object
tracked = opt.param_groups[0]["params"][0]
print("optimizer still holds the model's weight:", tracked is model.weight)
assert tracked is not model.weight  # claim: param-orphan
model(torch.rand(4, 3)).sum().backward()
opt.step()  # updates the old object, which got no gradient
print("weight changed by the step:", not torch.equal(model.weight, new))
assert torch.equal(model.weight, new) and model.weight.grad is not None  # claim: param-never-trains

model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
try:
    model.weight.copy_(new)  # in place, but recorded by autograd
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "leaf Variable that requires grad" in str(error)  # claim: copy-leaf-refuses
else:
    raise AssertionError("copy_() into a parameter should raise outside no_grad")

with torch.no_grad():  # fix: the same object, new values, no graph
    model.weight.copy_(new)
print("after the fix:", opt.param_groups[0]["params"][0] is model.weight)
assert opt.param_groups[0]["params"][0] is model.weight and torch.equal(model.weight, new)  # claim: param-fix
assert model.weight.is_leaf and model.weight.grad_fn is None  # claim: param-fix
