import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
new = torch.ones(1, 3)

model.weight = nn.Parameter(new.clone())  # bug: a brand-new Parameter object
tracked = opt.param_groups[0]["params"][0]
print("optimizer still holds the model's weight:", tracked is model.weight)
assert tracked is not model.weight  # opt.step() would update an orphan

model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
try:
    model.weight.copy_(new)  # in place, but recorded by autograd
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "leaf Variable that requires grad" in str(error)
else:
    raise AssertionError("copy_() into a parameter should raise outside no_grad")

with torch.no_grad():  # fix: the same object, new values, no graph
    model.weight.copy_(new)
print("after the fix:", opt.param_groups[0]["params"][0] is model.weight)
assert opt.param_groups[0]["params"][0] is model.weight and torch.equal(model.weight, new)
assert model.weight.is_leaf and model.weight.grad_fn is None
