import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.rand(1, 1, 3)
for value in (True, False):  # even False, the value the linear modes use by default
    try:
        F.interpolate(x, scale_factor=2, mode="nearest", align_corners=value)
    except ValueError as error:
        print(f"align_corners={value}: ValueError: {error}")
        assert "align_corners option can only be set with the interpolating modes" in str(error)  # claim: nearest-rejects
    else:
        raise AssertionError("mode='nearest' with align_corners set should raise")

module = nn.Upsample(scale_factor=2, mode="nearest", align_corners=True)  # building it is accepted
try:
    module(x)  # the error comes at the first call
except ValueError as error:
    assert "align_corners option can only be set" in str(error)  # claim: module-rejects-at-call
else:
    raise AssertionError("nn.Upsample with nearest and align_corners should raise")

assert F.interpolate(x, scale_factor=2, mode="nearest", align_corners=None).shape == (1, 1, 6)  # claim: none-accepted
assert "This only has an effect when :attr:`mode`" in F.interpolate.__doc__  # claim: docs-only-effect
