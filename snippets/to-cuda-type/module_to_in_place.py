import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
weight = model.weight  # keep a reference to the Parameter object

returned = model.to(torch.float64)
print("model.to(...) is model:   ", returned is model)
print("model.weight.dtype:       ", model.weight.dtype)
print("same Parameter as before: ", model.weight is weight)
assert returned is model and model.weight.dtype == torch.float64  # claim: module-in-place
# the Parameter was converted, not replaced (under the default setting)
assert model.weight is weight and not torch.__future__.get_overwrite_module_params_on_conversion()  # claim: module-same-param

bn = torch.nn.BatchNorm1d(2).to(torch.float64)  # dtype applies to floating-point buffers only
print("BatchNorm buffers:        ", bn.running_mean.dtype, bn.num_batches_tracked.dtype)
assert bn.running_mean.dtype == torch.float64 and bn.num_batches_tracked.dtype == torch.int64  # claim: module-buffers

torch.__future__.set_overwrite_module_params_on_conversion(True)  # the opt-in that replaces them
try:
    other = torch.nn.Linear(3, 2)
    old = other.weight
    other.to(torch.float64)
    print("with the overwrite flag:  ", other.weight is old)
    assert other.weight is not old  # claim: module-overwrite-flag
finally:
    torch.__future__.set_overwrite_module_params_on_conversion(False)
