import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
features = torch.rand(1, 8, 5, 5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_module = nn.UpsamplingBilinear2d(scale_factor=2)(features)  # deprecated in its docstring only
    old_function = F.upsample_bilinear(features, scale_factor=2)  # deprecated with a warning
print([f"{w.category.__name__}: {w.message}" for w in caught])
assert "This class is deprecated" in nn.UpsamplingBilinear2d.__doc__  # claim: bilinear2d-silent
assert [str(w.message) for w in caught] == [  # claim: bilinear2d-silent
    "`nn.functional.upsample_bilinear` is deprecated. Use `nn.functional.interpolate` instead."]
true = F.interpolate(features, scale_factor=2, mode="bilinear", align_corners=True)
assert torch.equal(old_module, true) and torch.equal(old_function, true)  # claim: old-are-true

# Bug: the suggested replacement, with align_corners left at its default
replaced = F.interpolate(features, scale_factor=2, mode="bilinear")
print("largest difference:", round((replaced - old_function).abs().max().item(), 4))
assert not torch.allclose(replaced, old_function)  # claim: replacement-differs
assert not torch.allclose(nn.Upsample(scale_factor=2, mode="bilinear")(features), old_module)  # claim: replacement-differs

# Fix: say align_corners=True, as the old names did
assert torch.equal(nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True)(features), old_module)  # claim: fix-same
assert torch.equal(F.interpolate(features, scale_factor=2, mode="bilinear", align_corners=True), old_function)  # claim: fix-same
