import math

import torch

torch.manual_seed(0)
shapes = [(5,), (2, 3), (2, 3, 4), (0, 3), (3, 0, 2), (1, 1, 1, 7)]
for shape in shapes:
    t = torch.zeros(shape)
    print(f"shape {str(shape):13} len {len(t)}  dim {t.dim()}  numel {t.numel()}")
    assert len(t) == t.shape[0] == t.size(0)  # claim: len-first-dim
    assert t.numel() == math.prod(shape) == t.shape.numel() == t.nelement()  # claim: numel-product
    assert t.dim() == t.ndim == len(t.shape) == t.ndimension()  # claim: dim-ndim
assert len(torch.zeros(3, 0, 2)) == 3 and torch.zeros(3, 0, 2).numel() == 0  # claim: len-not-empty

s = torch.tensor(3.0)  # 0-d
assert s.numel() == 1 and s.dim() == 0 and s.shape == ()  # claim: zero-d-numel-one
try:
    len(s)
except TypeError as error:
    print(f"len(tensor(3.0)): TypeError: {error}")
    assert str(error) == "len() of a 0-d tensor"  # claim: len-zero-d
else:
    raise AssertionError("len() of a 0-d tensor should raise")
