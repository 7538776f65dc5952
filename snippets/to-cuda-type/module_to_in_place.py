import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
weight = model.weight  # keep a reference to the Parameter object

returned = model.to(torch.float64)
print("model.to(...) is model:   ", returned is model)
print("model.weight.dtype:       ", model.weight.dtype)
print("same Parameter as before: ", model.weight is weight)

assert returned is model                 # converted in place, itself returned
assert model.weight.dtype == torch.float64
assert model.weight is weight            # the Parameter was converted, not replaced
