import math

import numpy as np
import torch

torch.manual_seed(0)
features = torch.randn(8, 3, dtype=torch.float64) * 5 + 2  # 8 samples, 3 features
reference = (features.numpy() - features.numpy().mean(axis=0)) / features.numpy().std(axis=0)  # NumPy's z-scores

# Bug: the same line, ported to torch, divides by a larger std (n - 1 in the variance)
ported = (features - features.mean(dim=0)) / features.std(dim=0)
print("NumPy z, first row:", np.round(reference[0], 4))
print("torch z, first row:", np.round(ported[0].numpy(), 4))
print("ratio:", np.round(reference[0] / ported[0].numpy(), 6), "| sqrt(8 / 7):", round(math.sqrt(8 / 7), 6))
assert not np.allclose(ported.numpy(), reference)  # claim: port-differs
assert np.allclose(reference / ported.numpy(), math.sqrt(8 / 7))  # claim: port-factor
assert np.allclose(reference.std(axis=0), 1.0) and not np.allclose(ported.std(dim=0, correction=0).numpy(), 1.0)  # claim: port-not-unit

# Fix: say which correction you mean
fixed = (features - features.mean(dim=0)) / features.std(dim=0, correction=0)
print("fixed, first row:  ", np.round(fixed[0].numpy(), 4))
assert np.allclose(fixed.numpy(), reference)  # claim: port-fix
