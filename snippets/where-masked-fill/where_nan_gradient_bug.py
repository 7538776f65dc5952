import torch

torch.manual_seed(0)
x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
raw, = torch.autograd.grad(torch.sqrt(x).sum(), x)  # sqrt's own gradient
print("gradient of sqrt(x):        ", raw)
assert raw[0].isnan() and raw[1].isinf()  # claim: sqrt-grad
assert (0.0 * raw[0]).isnan() and (0.0 * raw[1]).isnan()  # claim: zero-times-nan

# bug: sqrt runs on every element; where multiplies its NaN and inf by 0, which stays NaN
out = torch.where(x > 0, torch.sqrt(x), 0.0)
assert torch.equal(out.detach(), torch.tensor([0.0, 0.0, 2.0]))  # claim: forward-fine
out.sum().backward()
print("where(x > 0, sqrt(x), 0):   ", x.grad)
assert x.grad[:2].isnan().all() and x.grad[2] == 0.25  # claim: where-nan
x.grad = None

torch.sqrt(x).masked_fill(x <= 0, 0.0).sum().backward()  # masked_fill after sqrt: the same trap
print("sqrt(x).masked_fill(x <= 0):", x.grad)
assert x.grad[:2].isnan().all()  # claim: fill-nan
x.grad = None

# fix: make the input safe before sqrt, so no branch ever sees a bad value
torch.where(x > 0, torch.sqrt(x.clamp(min=1e-12)), 0.0).sum().backward()
print("clamp inside:               ", x.grad)
assert torch.equal(x.grad, torch.tensor([0.0, 0.0, 0.25]))  # claim: fix-clamp
x.grad = None

safe = torch.where(x > 0, x, 1.0)  # or a where on the input, then the same where on the output
torch.where(x > 0, torch.sqrt(safe), 0.0).sum().backward()
print("where on the input too:     ", x.grad)
assert torch.equal(x.grad, torch.tensor([0.0, 0.0, 0.25]))  # claim: fix-where
