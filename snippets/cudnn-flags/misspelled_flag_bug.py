import types
import warnings

import torch

torch.manual_seed(0)
cudnn = torch.backends.cudnn
index, values = torch.tensor([0, 0]), torch.tensor([1.0, 2.0])
assert isinstance(cudnn, types.ModuleType)  # claim: cudnn-is-module

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    cudnn.determinstic = True  # typo: creates a new attribute on the module
print("after the typo, cudnn.deterministic =", cudnn.deterministic)
assert cudnn.determinstic is True and caught == []  # claim: typo-silent
assert cudnn.deterministic is False  # claim: typo-flag-stays-false
del cudnn.determinstic

cudnn.deterministic = True  # spelled right, but it only steers cuDNN
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x = torch.zeros(5).put_(index, values)  # an op outside cuDNN
print("with cudnn.deterministic = True, put_ ran without complaint")
cudnn.deterministic = False
assert x[0].item() in (1.0, 2.0) and caught == []  # claim: flag-misses-put

torch.use_deterministic_algorithms(True)  # the fix
try:
    assert torch.are_deterministic_algorithms_enabled()  # claim: fix-reads-back
    torch.zeros(5).put_(index, values)
except RuntimeError as error:
    print("with torch.use_deterministic_algorithms(True): RuntimeError:", str(error).split(",")[0])
    assert "put_ does not have a deterministic implementation" in str(error)  # claim: fix-raises
else:
    raise AssertionError("put_ should raise in deterministic mode")
finally:
    torch.use_deterministic_algorithms(False)  # restore the default
assert not hasattr(cudnn, "determinstic") and not torch.are_deterministic_algorithms_enabled()  # claim: restores-settings
assert cudnn.deterministic is False  # claim: restores-settings
