import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([0.0, 1000.0])

p = torch.softmax(x, dim=0)
print("softmax:     ", p)  # e^-1000 is far below the smallest float32: exactly 0
print("log(softmax):", torch.log(p))
print("log_softmax: ", F.log_softmax(x, dim=0))
assert p.tolist() == [0.0, 1.0] and -1000 < math.log(2.0 ** -149)  # claim: softmax-zero-one
assert torch.log(p)[0] == float("-inf")  # claim: underflow-inf
assert F.log_softmax(x, dim=0).tolist() == [-1000.0, 0.0]  # claim: log-softmax-exact

# log_softmax matches x - logsumexp(x): bit for bit here, up to rounding on random logits
assert torch.equal(F.log_softmax(x, dim=0), x - torch.logsumexp(x, dim=0))  # claim: equals-x-minus-lse
r = torch.randn(64, 128) * 10
assert torch.allclose(F.log_softmax(r, dim=1), r - torch.logsumexp(r, dim=1, keepdim=True), atol=1e-4)  # claim: equals-x-minus-lse
o = torch.randn(64, 128)  # ordinary logits: no probability is too small to store
assert torch.allclose(torch.log(torch.softmax(o, dim=1)), F.log_softmax(o, dim=1), atol=1e-5)  # claim: same-formula

# logsumexp itself does not overflow where exp() does
big = torch.tensor([1000.0, 1000.0])
print("logsumexp([1000, 1000]):", torch.logsumexp(big, dim=0), " log(sum(exp)):", torch.log(torch.exp(big).sum()))
assert torch.isclose(torch.logsumexp(big, dim=0), torch.tensor(1000 + math.log(2)))  # claim: lse-no-overflow
assert torch.log(torch.exp(big).sum()) == math.inf  # claim: lse-no-overflow

# claim: finite-where-naive-inf
assert all(F.log_softmax(torch.tensor([0.0, b]), dim=0)[0] == -b for b in [104.0, 1e4, 1e6])
assert all(torch.log(torch.softmax(torch.tensor([0.0, b]), dim=0))[0] == -math.inf for b in [104.0, 1e4, 1e6])  # claim: finite-where-naive-inf
