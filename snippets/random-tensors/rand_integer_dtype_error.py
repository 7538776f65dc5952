import torch

torch.manual_seed(0)
try:
    torch.rand(3, dtype=torch.int64)  # uniform floats cannot be int64
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    assert "not implemented for 'Long'" in str(error)  # claim: rand-int-error
else:
    raise AssertionError("torch.rand accepted an integer dtype")

others = (torch.int8, torch.int16, torch.int32, torch.uint8, torch.uint16, torch.uint32, torch.uint64, torch.bool)
refused = []  # every other integer dtype, and bool, for rand and randn
for dtype in others:
    for draw in (torch.rand, torch.randn):
        try:
            draw(3, dtype=dtype)
        except NotImplementedError:
            refused.append((draw.__name__, dtype))
print("also refused:", len(refused), "of", 2 * len(others))
assert len(refused) == 2 * len(others)  # claim: no-int-dtypes

# For random integers, ask randint
k = torch.randint(0, 10, (3,), dtype=torch.int64)
print(k, k.dtype)
assert k.dtype == torch.int64  # claim: use-randint
