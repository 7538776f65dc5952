import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)  # parameters in float32, the default dtype
rows = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]

x = torch.tensor(rows, dtype=float)  # bug: Python's float, not torch.float
print("dtype=float:      ", x.dtype, "| dtype=torch.float:", torch.tensor(rows, dtype=torch.float).dtype)
assert x.dtype is torch.float64 and torch.tensor(rows, dtype=torch.float).dtype is torch.float32  # claim: python-float-64
assert torch.zeros(2, dtype=int).dtype is torch.int64 and torch.zeros(2, dtype=bool).dtype is torch.bool  # claim: python-types-map
try:
    model(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "mat1 and mat2 must have the same dtype, but got Double and Float" in str(error)  # claim: python-float-mismatch
else:
    raise AssertionError("a float64 input to a float32 Linear should raise")

# Fixes: name torch's dtype, or leave dtype out and let Python floats take the default
fixed = torch.tensor(rows, dtype=torch.float)
assert model(fixed).dtype is model(torch.tensor(rows)).dtype is torch.float32  # claim: python-float-fix
assert x.element_size() == 2 * fixed.element_size()  # claim: python-float-memory
