import warnings

import torch

torch.manual_seed(0)
# torch.FloatTensor is not a dtype: it is a legacy tensor type, a class-like object
print("type(torch.float32):    ", type(torch.float32).__name__)
print("type(torch.FloatTensor):", type(torch.FloatTensor).__name__)
assert not isinstance(torch.FloatTensor, torch.dtype) and torch.FloatTensor != torch.float32  # claim: legacy-not-dtype
assert type(torch.FloatTensor).__name__ == "tensortype" and isinstance(torch.float32, torch.dtype)  # claim: legacy-not-dtype
assert torch.FloatTensor.dtype is torch.float32 and torch.LongTensor.dtype is torch.int64  # claim: legacy-has-dtype

# isinstance checks dtype and device; the tensor's real class is torch.Tensor
x = torch.rand(3)
print("isinstance(x, torch.FloatTensor):", isinstance(x, torch.FloatTensor))
print("isinstance(x.double(), torch.FloatTensor):", isinstance(x.double(), torch.FloatTensor))
assert isinstance(x, torch.FloatTensor) and not isinstance(x.double(), torch.FloatTensor)  # claim: legacy-isinstance
assert not isinstance(x.to("meta"), torch.FloatTensor)  # claim: legacy-isinstance
assert type(x) is torch.Tensor and type(torch.FloatTensor(3)) is torch.Tensor  # claim: legacy-real-class
assert x.type() == f"{torch.FloatTensor.__module__}.{torch.FloatTensor.__name__}"  # claim: type-names-legacy

# Where a dtype is expected, a legacy type is refused
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the first such call in a process also warns about __torch_function__
    try:
        torch.zeros(3, dtype=torch.FloatTensor)
    except TypeError as error:
        print(f"TypeError: {error}")
        assert "argument 'dtype' must be torch.dtype, not torch.tensortype" in str(error)  # claim: legacy-refused
    else:
        raise AssertionError("dtype=torch.FloatTensor should raise")
    refused = []
    for call in (lambda: torch.rand(3, dtype=torch.FloatTensor), lambda: x.to(torch.FloatTensor),
                 lambda: torch.tensor([1.0], dtype=torch.FloatTensor)):
        try:
            call()
        except TypeError as error:
            refused.append("torch.tensortype" in str(error))
assert refused == [True, True, True]  # claim: legacy-refused
