import torch

torch.manual_seed(0)
x, y = torch.randn(3), torch.randn(3)
assert torch.equal(torch.multiply(x, y), torch.mul(x, y)) and torch.equal(torch.multiply(x, y), x * y)  # claim: mul-elementwise
assert torch.equal(torch.subtract(x, y, alpha=2), torch.sub(x, y, alpha=2))  # claim: subtract-alpha
assert torch.equal(torch.subtract(x, y, alpha=2), x - 2 * y)  # claim: subtract-alpha
assert torch.equal(torch.negative(x), torch.neg(x)) and torch.equal(torch.negative(x), -x)  # claim: negative-same

n = torch.tensor([7, -7])
print("divide(n, 2)                     :", torch.divide(n, 2))  # true division, like div
print("divide(n, 2, rounding_mode=floor):", torch.divide(n, 2, rounding_mode="floor"))
print("divide(n, 2, rounding_mode=trunc):", torch.divide(n, 2, rounding_mode="trunc"))
assert torch.divide(n, 2).dtype == torch.float32 and torch.equal(torch.divide(n, 2), torch.div(n, 2))  # claim: divide-true
assert torch.equal(torch.divide(n, 2), torch.tensor([3.5, -3.5]))  # claim: divide-true
for mode, expected in [("trunc", [3, -3]), ("floor", [3, -4])]:
    rounded = torch.divide(n, 2, rounding_mode=mode)
    assert torch.equal(rounded, torch.div(n, 2, rounding_mode=mode))  # claim: divide-rounding
    assert rounded.tolist() == expected  # claim: divide-rounding

a, b = x.clone(), x.clone()  # in-place methods under both names
a.multiply_(y).subtract_(1).divide_(2)
b.mul_(y).sub_(1).div_(2)
print("in-place chains agree:", torch.equal(a, b))
assert torch.equal(a, b)  # claim: inplace-same
