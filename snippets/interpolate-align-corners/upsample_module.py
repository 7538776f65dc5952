import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
images = torch.rand(2, 3, 4, 5)  # (batch, channels, height, width)
settings = [dict(mode="nearest"), dict(mode="bilinear"), dict(mode="bilinear", align_corners=True),
            dict(mode="bilinear", align_corners=False), dict(mode="bicubic", align_corners=True)]
for kwargs in settings:
    module = nn.Upsample(scale_factor=2, **kwargs)
    same = torch.equal(module(images), F.interpolate(images, scale_factor=2, **kwargs))
    print(f"nn.Upsample({kwargs}) == F.interpolate: {same}")
    assert same  # claim: module-equals-function

print("nn.Upsample(mode='bilinear').align_corners:", nn.Upsample(scale_factor=2, mode="bilinear").align_corners)
assert nn.Upsample(scale_factor=2, mode="bilinear").align_corners is None  # claim: default-none
assert "is treated as ``False``" in F.interpolate.__doc__  # claim: docs-none-false
unset = F.interpolate(images, scale_factor=2, mode="bilinear")
assert torch.equal(unset, F.interpolate(images, scale_factor=2, mode="bilinear", align_corners=False))  # claim: none-is-false
assert not torch.allclose(unset, F.interpolate(images, scale_factor=2, mode="bilinear", align_corners=True))  # claim: none-is-false
