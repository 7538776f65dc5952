import math

import numpy as np
import torch

torch.manual_seed(0)
for n in [2, 5, 100]:
    x = torch.randn(n, dtype=torch.float64)
    a = x.numpy()
    ratio = (torch.std(x) / np.std(a)).item()  # torch divides by n - 1, NumPy by n
    print(f"n = {n:3}: torch.std = {torch.std(x).item():.6f}, np.std = {np.std(a):.6f}, ratio = {ratio:.6f}, "
          f"sqrt(n / (n - 1)) = {math.sqrt(n / (n - 1)):.6f}")
    assert math.isclose(ratio, math.sqrt(n / (n - 1)), rel_tol=1e-12)  # claim: bessel-factor
    assert math.isclose(torch.std(x).item(), np.std(a, ddof=1), rel_tol=1e-12)  # claim: ddof1-matches
    assert math.isclose(torch.std(x, correction=0).item(), np.std(a), rel_tol=1e-12)  # claim: correction0-matches
    assert math.isclose((torch.var(x) / np.var(a)).item(), n / (n - 1), rel_tol=1e-12)  # claim: var-factor
    assert torch.allclose(torch.std(x) ** 2, torch.var(x))  # claim: std-is-sqrt-var

m = torch.randn(3, 4, dtype=torch.float64)  # along a dim: the same rule per column
assert np.allclose(torch.std(m, dim=0).numpy(), np.std(m.numpy(), axis=0, ddof=1))  # claim: ddof1-matches
assert "correction=1" in torch.std.__doc__ and "Bessel's correction" in torch.std.__doc__  # claim: doc-default
