import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_warn_always(True)  # show torch's warn-once warnings every time
images = torch.rand(1, 3, 4, 4)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for _ in range(2):  # two calls, two warnings
        old = F.upsample(images, scale_factor=2, mode="bilinear", align_corners=False)
print(f"{caught[0].category.__name__}: {caught[0].message}")
assert [w.category for w in caught] == [UserWarning, UserWarning]  # claim: upsample-warns
assert str(caught[0].message) == "`nn.functional.upsample` is deprecated. Use `nn.functional.interpolate` instead."  # claim: upsample-warns
assert torch.equal(old, F.interpolate(images, scale_factor=2, mode="bilinear", align_corners=False))  # claim: upsample-same
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")  # Python's default action: once per line of code
    for _ in range(2):
        F.upsample(images, scale_factor=2, mode="bilinear", align_corners=False)
assert len(caught) == 1  # claim: upsample-shown-once

# align_corners left unset for bilinear: the docs recall an old default, and this torch warns nothing
assert "This was the default behavior for these modes up to\n        version 0.3.1" in torch.nn.Upsample.__doc__  # claim: docs-old-default
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.interpolate(images, scale_factor=2, mode="bilinear")
print("warnings with align_corners unset:", len(caught))
assert caught == []  # claim: unset-no-warning
