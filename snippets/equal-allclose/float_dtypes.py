import torch

torch.manual_seed(0)
x64 = torch.rand(1000, dtype=torch.float64)
x32 = x64.float()  # the same numbers, rounded to float32
reference = (x64 ** 2).sum()  # a float64 result
result = (x32 ** 2).sum()  # the same computation in float32
print("reference:", reference.item(), "| float32 result:", result.item())

try:
    torch.allclose(result, reference)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Float did not match Double" in str(error)  # claim: allclose-dtype-raises
else:
    raise AssertionError("allclose(float32, float64) should raise")
print("result == reference:", (result == reference).item())
assert not (result == reference).item() and not torch.equal(result, reference)  # claim: f32-f64-exact-false
assert torch.allclose(result.double(), reference)  # claim: convert-then-allclose
assert torch.allclose(result, reference.float())  # claim: convert-then-allclose
assert (result.double() == reference).item() is False  # claim: f32-f64-exact-false
