import inspect
import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_warn_always(True)
x = torch.randn(5, requires_grad=True)
calls = {"torch.sigmoid": torch.sigmoid, "F.sigmoid": F.sigmoid, "nn.Sigmoid()": nn.Sigmoid()}
values, grads = {}, {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for name, f in calls.items():
        values[name] = f(x)
        (grads[name],) = torch.autograd.grad(values[name].sum(), x)
    F.tanh(x)  # deprecated together with F.sigmoid in old releases
print("values:", values["torch.sigmoid"])
print("warnings:", [str(w.message) for w in caught])
# claim: sigmoid-identical
assert all(torch.equal(values[n], values["torch.sigmoid"]) and torch.equal(grads[n], grads["torch.sigmoid"]) for n in calls)
assert caught == [] and "deprecated" not in inspect.getsource(F.sigmoid) + inspect.getsource(F.tanh)  # claim: sigmoid-no-warning

with warnings.catch_warnings(record=True) as caught:  # counter-case: the same capture, a deprecated function
    warnings.simplefilter("always")
    F.upsample(torch.rand(1, 1, 2, 2), scale_factor=2)
print("F.upsample:", [str(w.message) for w in caught])
assert "`nn.functional.upsample` is deprecated" in str(caught[0].message)  # claim: upsample-warns
for function in (torch.sigmoid, F.sigmoid):  # nn.Sequential takes modules only
    try:
        nn.Sequential(nn.Linear(5, 1), function)
    except TypeError as error:
        print(f"TypeError: {error}")
        assert "is not a Module subclass" in str(error)  # claim: sequential-needs-module
    else:
        raise AssertionError("nn.Sequential should refuse a function")
