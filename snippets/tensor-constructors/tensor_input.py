import warnings

import torch

torch.manual_seed(0)
t = torch.rand(3)
assert torch.as_tensor(t) is t  # claim: as-tensor-reuses-tensor
warn_always = torch.is_warn_always_enabled()
torch.set_warn_always(True)  # torch may warn only once per process otherwise
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = torch.tensor(t)  # copies even a tensor, and says there is a better spelling
torch.set_warn_always(warn_always)
print(f"UserWarning: {caught[0].message}")
assert copy.data_ptr() != t.data_ptr() and torch.equal(copy, t)  # claim: tensor-always-copies
assert "sourceTensor.detach().clone()" in str(caught[0].message)  # claim: tensor-from-tensor-warns
