import torch

torch.manual_seed(0)
try:
    torch.rand(3, dtype=torch.int64)  # uniform floats cannot be int64
except NotImplementedError as error:
    print(f"NotImplementedError: {error}")
    assert "not implemented for 'Long'" in str(error)  # claim: rand-int-error
else:
    raise AssertionError("torch.rand accepted an integer dtype")

refused = []  # the other integer dtypes, for rand and randn
for dtype in (torch.int32, torch.int8, torch.uint8, torch.bool):
    for draw in (torch.rand, torch.randn):
        try:
            draw(3, dtype=dtype)
        except NotImplementedError:
            refused.append((draw.__name__, dtype))
print("also refused:", len(refused), "of 8")
assert len(refused) == 8  # claim: no-int-dtypes

# For random integers, ask randint
k = torch.randint(0, 10, (3,), dtype=torch.int64)
print(k, k.dtype)
assert k.dtype == torch.int64  # claim: use-randint
