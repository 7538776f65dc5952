import inspect

import torch
from torch import serialization

torch.manual_seed(0)
# torch.load hands every storage, with the location recorded in the file ("cuda:0" for a
# tensor saved on a GPU), to the function that map_location selects; None selects this one:
assert "_get_restore_location(map_location)" in inspect.getsource(serialization._load)  # claim: none-restores-recorded
assert serialization._get_restore_location(None) is serialization.default_restore_location  # claim: none-restores-recorded
storage = torch.rand(3).untyped_storage()
if torch.cuda.is_available():
    print("CUDA is available: a 'cuda:0' storage restores to", serialization.default_restore_location(storage, "cuda:0").device)
else:
    try:
        serialization.default_restore_location(storage, "cuda:0")
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        assert "Attempting to deserialize object on a CUDA device" in str(error)  # claim: cuda-file-raises
        assert "map_location=torch.device('cpu')" in str(error)  # claim: cuda-file-raises
    else:
        raise AssertionError("a 'cuda:0' storage should not restore without CUDA")
# with map_location="cpu", the recorded "cuda:0" is ignored and the storage stays on the CPU
restored = serialization._get_restore_location("cpu")(storage, "cuda:0")
print("map_location='cpu' on a 'cuda:0' storage ->", restored.device)
assert restored.device.type == "cpu"  # claim: map-cpu-ignores-tag
