import io
import os
import pickle
import warnings

import numpy as np
import torch

torch.manual_seed(0)


def default_load(obj):  # save obj, then load it back with torch.load's defaults
    file = io.BytesIO()
    torch.save(obj, file)
    file.seek(0)
    return torch.load(file)


plain = {"w": torch.randn(2), "sizes": [3, 4.5, (True, None)], "name": "run-1"}
loaded = default_load(plain)
print("tensors, containers, numbers, strings:", loaded)
# claim: accepts-plain
assert torch.equal(loaded["w"], plain["w"]) and loaded["sizes"] == plain["sizes"] and loaded["name"] == "run-1"
try:
    default_load(np.zeros(2))  # a NumPy array is a class the default will not import
except pickle.UnpicklingError as error:
    print("np.zeros(2): UnpicklingError")
    assert "Unsupported global" in str(error)  # claim: refuses-numpy
else:
    raise AssertionError("the default torch.load should refuse a NumPy array")

os.environ["TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"] = "1"  # a setting that flips the default back
try:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        array = default_load(np.zeros(2))
finally:
    del os.environ["TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"]
print("with TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD=1:", type(array).__name__, "|", caught[0].message)
assert type(array) is np.ndarray and "forcing weights_only=False" in str(caught[0].message)  # claim: env-flips-default
