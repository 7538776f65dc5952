import torch

torch.manual_seed(0)
n = torch.tensor([-7, 7])  # int64
for mode in [None, "floor", "trunc"]:
    q = torch.div(n, 2, rounding_mode=mode)
    print(f"rounding_mode={mode!r:8} -> {q} {q.dtype}")
assert torch.div(n, 2).dtype == torch.float32 and torch.equal(n / 2, torch.div(n, 2))  # claim: none-is-true-div
assert torch.div(n, 2).tolist() == [-3.5, 3.5]  # claim: none-is-true-div
assert torch.div(n, 2, rounding_mode="floor").tolist() == [-4, 3]  # claim: floor-trunc-values
assert torch.div(n, 2, rounding_mode="trunc").tolist() == [-3, 3]  # claim: floor-trunc-values
assert all(torch.div(n, 2, rounding_mode=m).dtype == torch.int64 for m in ["floor", "trunc"])  # claim: rounded-keeps-dtype
assert all(torch.div(n.float(), 2, rounding_mode=m).dtype == torch.float32 for m in ["floor", "trunc"])  # claim: rounded-keeps-dtype
assert (n.int() / 2).dtype == torch.float32  # claim: none-is-true-div
assert "Alias for :func:`torch.div`" in torch.divide.__doc__  # claim: divide-alias
assert torch.equal(torch.divide(n, 2, rounding_mode="floor"), torch.div(n, 2, rounding_mode="floor"))  # claim: divide-alias

torch.set_default_dtype(torch.float64)  # / on integers gives the default float dtype
try:
    print("with float64 as default:", (n / 2).dtype)
    assert (n / 2).dtype == torch.float64  # claim: default-dtype
finally:
    torch.set_default_dtype(torch.float32)

for mode in ["round", "true", "Floor"]:  # none of them is a mode
    try:
        torch.div(n, 2, rounding_mode=mode)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        assert "expected rounding_mode to be one of None, 'trunc', or 'floor'" in str(error)  # claim: three-modes
    else:
        raise AssertionError(f"rounding_mode={mode!r} should raise")
assert "Equivalent to C-style integer division" in " ".join(torch.div.__doc__.split())  # claim: trunc-c-style
