import copy

import torch

torch.manual_seed(0)
plain = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
inplace = copy.deepcopy(plain)
inplace[1] = torch.nn.ReLU(inplace=True)  # same weights, in-place activation
x = torch.randn(16, 4)

for model in (plain, inplace):
    model(x).pow(2).mean().backward()  # Linear saves its input, not its output: nothing breaks
print("outputs equal:         ", torch.equal(plain(x), inplace(x)))
print("first-layer grads equal:", torch.equal(plain[0].weight.grad, inplace[0].weight.grad))
assert torch.equal(plain(x), inplace(x))
assert torch.equal(plain[0].weight.grad, inplace[0].weight.grad)
assert torch.equal(plain[2].weight.grad, inplace[2].weight.grad)
