import torch

torch.manual_seed(0)
i = torch.tensor([1, 2, 3])      # int64
f = torch.tensor([0.5, 0.5, 0.5])  # float32

try:
    i += f  # the float result cannot be stored back into an int64 tensor
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "can't be cast to the desired output type" in str(error)  # claim: int-float-raises
else:
    raise AssertionError("int64 += float32 should raise")

j = i + f  # out of place: the result type is promoted
print("i + f:", j.tolist(), j.dtype)
assert j.dtype == torch.float32 and i.dtype == torch.int64  # claim: add-promotes

h, g = torch.zeros(3, dtype=torch.float16), torch.ones(3)  # float16, float32
print("h + g gives", (h + g).dtype)  # promoted
h += g  # allowed: a float32 result can be cast down, so h keeps its dtype
print("h += g keeps", h.dtype)
assert (h + g).dtype == torch.float32 and h.dtype == torch.float16  # claim: float-cast-down-ok

# The same rule both ways: float32 += float64 is cast down; int64 += a Python float raises too
k = torch.zeros(3)
k += torch.ones(3, dtype=torch.float64)
assert k.dtype == torch.float32  # claim: float-cast-down-ok
try:
    i += 0.5
except RuntimeError as error:
    assert "can't be cast to the desired output type" in str(error)  # claim: int-float-raises
else:
    raise AssertionError("int64 += 0.5 should raise")
