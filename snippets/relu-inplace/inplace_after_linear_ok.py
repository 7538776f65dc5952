import copy

import torch

torch.manual_seed(0)
plain = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
inplace = copy.deepcopy(plain)
inplace[1] = torch.nn.ReLU(inplace=True)  # same weights, in-place activation
x = torch.randn(16, 4)

node = plain[0](x).grad_fn  # what the first Linear saved for its backward pass
assert torch.equal(node._saved_mat1, x) and not hasattr(node, "_saved_result")  # claim: linear-saves-input
for model in (plain, inplace):
    model(x).pow(2).mean().backward()  # nothing breaks
print("outputs equal:  ", torch.equal(plain(x), inplace(x)))
print("gradients equal:", all(torch.equal(p.grad, q.grad) for p, q in zip(plain.parameters(), inplace.parameters())))
assert torch.equal(plain(x), inplace(x))  # claim: after-linear-ok
# claim: after-linear-ok
assert all(torch.equal(p.grad, q.grad) for p, q in zip(plain.parameters(), inplace.parameters()))
