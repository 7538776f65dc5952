import torch

torch.manual_seed(0)
x, y = torch.randn(3), torch.randn(3)
assert torch.equal(torch.multiply(x, y), torch.mul(x, y))
assert torch.equal(torch.subtract(x, y, alpha=2), torch.sub(x, y, alpha=2))  # x - 2 * y
assert torch.equal(torch.negative(x), torch.neg(x))

n = torch.tensor([7, -7])
print("divide(n, 2)                     :", torch.divide(n, 2))  # true division, like div
print("divide(n, 2, rounding_mode=floor):", torch.divide(n, 2, rounding_mode="floor"))
assert torch.equal(torch.divide(n, 2), torch.div(n, 2))
for mode in ["trunc", "floor"]:
    assert torch.equal(torch.divide(n, 2, rounding_mode=mode), torch.div(n, 2, rounding_mode=mode))

a, b = x.clone(), x.clone()  # in-place methods under both names
a.multiply_(y).subtract_(1).divide_(2)
b.mul_(y).sub_(1).div_(2)
print("in-place chains agree:", torch.equal(a, b))
assert torch.equal(a, b)
