import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Sequential()
for name, layer in {"fc": nn.Linear(4, 3), "bn": nn.BatchNorm1d(3), "act": nn.ReLU()}.items():
    model.add_module(name, layer)
print(model)
print(list(model.state_dict()))
assert list(model.state_dict()) == ["fc.weight", "fc.bias", "bn.weight", "bn.bias", "bn.running_mean",
                                    "bn.running_var", "bn.num_batches_tracked"]  # claim: state-dict-keys
assert "(act): ReLU()" in repr(model) and len(model.act.state_dict()) == 0  # claim: relu-listed-empty

model.to(torch.float64)  # converts every floating-point parameter and buffer the model holds
print("after .to(torch.float64):", model.fc.weight.dtype, model.bn.running_mean.dtype,
      model.bn.num_batches_tracked.dtype)
floats = [t for t in model.state_dict().values() if t.is_floating_point()]
assert len(floats) == 6 and all(t.dtype == torch.float64 for t in floats)  # claim: to-moves-state
assert model.bn.num_batches_tracked.dtype == torch.int64  # claim: to-skips-integers
assert "only cast the floating point or complex parameters and buffers" in nn.Module.to.__doc__  # claim: to-skips-integers
scratch = nn.Module()  # a buffer kept out of the state_dict on purpose
scratch.register_buffer("cache", torch.zeros(2), persistent=False)
assert list(scratch.state_dict()) == [] and scratch.to(torch.float64).cache.dtype == torch.float64  # claim: non-persistent


class Functional(nn.Module):  # the same ReLU, called as a function in forward()
    def forward(self, x):
        return F.relu(x)


print(Functional(), dict(Functional().state_dict()))
assert repr(Functional()) == "Functional()" and len(Functional().state_dict()) == 0  # claim: function-not-listed
# claim: function-holds-nothing
assert type(F.relu).__name__ == "function" and not any(hasattr(F.relu, a) for a in ("state_dict", "parameters", "to"))
try:
    F.linear(torch.randn(2, 4))  # the function has no weight of its own: it must be passed
except TypeError as error:
    print(f"TypeError: {error}")
    assert 'missing 1 required positional arguments: "weight"' in str(error)  # claim: function-needs-tensors
else:
    raise AssertionError("F.linear without a weight should raise")
