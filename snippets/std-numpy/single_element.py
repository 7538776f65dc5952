import warnings

import numpy as np
import torch

torch.manual_seed(0)
torch.set_warn_always(True)  # torch may warn once per process; show it every time here
one = torch.tensor([5.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    std, var = torch.std(one), torch.var(one)
message = str(caught[0].message).split(" (Triggered")[0]
print("torch.std([5.]):", std.item(), "| warning:", caught[0].category.__name__, "-", message)
assert std.isnan() and var.isnan()  # claim: one-nan
assert len(caught) == 2 and all(w.category is UserWarning for w in caught)  # claim: one-warns
assert message.startswith("std(): degrees of freedom is <= 0") and str(caught[1].message).startswith("var(): degrees")  # claim: one-warns

with warnings.catch_warnings(record=True) as quiet:
    warnings.simplefilter("always")
    zero = torch.std(one, correction=0)
print("torch.std([5.], correction=0):", zero.item())
assert zero.item() == 0.0 and not quiet  # claim: one-correction0

batch = torch.randn(1, 3)  # a batch of one sample: std over dim 0 is NaN in every column
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    per_feature = batch.std(dim=0)
print("batch of 1, std(dim=0):", per_feature)
assert per_feature.isnan().all() and caught[0].category is UserWarning  # claim: one-row-batch
assert str(caught[0].message).startswith("std(): degrees of freedom is <= 0")  # claim: one-row-batch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    numpy_std = np.std(np.array([5.0]), ddof=1)
print("np.std([5.], ddof=1):", numpy_std, "|", caught[0].category.__name__, "-", caught[0].message)
assert np.isnan(numpy_std) and caught[0].category is RuntimeWarning  # claim: numpy-one-nan
assert np.std(np.array([5.0])) == 0.0  # claim: numpy-one-nan
