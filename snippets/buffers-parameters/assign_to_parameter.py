import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Linear(3, 2)
optimizer = torch.optim.SGD(m.parameters(), lr=0.1)

try:
    m.bias = torch.zeros(2)  # a plain tensor where a Parameter lives
except TypeError as error:
    print(f"TypeError: {error}")
    assert "cannot assign 'torch.FloatTensor' as parameter 'bias'" in str(error)  # claim: assign-raises
    assert "(torch.nn.Parameter or None expected)" in str(error)  # claim: assign-raises
else:
    raise AssertionError("assigning a plain tensor to a Parameter should raise")

# Fix 1: write the values in place; it stays the same Parameter
old = m.bias
with torch.no_grad():
    m.bias.copy_(torch.zeros(2))
assert m.bias is old and torch.equal(m.bias, torch.zeros(2))  # claim: fix-in-place

# Fix 2: assign a new Parameter; the optimizer still holds the old object
m.bias = nn.Parameter(torch.ones(2))
in_optimizer = any(p is m.bias for p in optimizer.param_groups[0]["params"])
print("new bias is a Parameter:", isinstance(m.bias, nn.Parameter))
print("optimizer sees the new bias:", in_optimizer)
assert isinstance(m.bias, nn.Parameter) and dict(m.named_parameters())["bias"] is m.bias  # claim: new-param-registered
assert not in_optimizer  # claim: optimizer-stale
m(torch.randn(4, 3)).sum().backward()
optimizer.step()
assert m.bias.grad is not None and torch.equal(m.bias, torch.ones(2))  # claim: optimizer-stale
