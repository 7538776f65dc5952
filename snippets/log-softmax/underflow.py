import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([0.0, 1000.0])

p = torch.softmax(x, dim=0)
print("softmax:     ", p)  # e^-1000 is far below the smallest float32: exactly 0
print("log(softmax):", torch.log(p))
print("log_softmax: ", F.log_softmax(x, dim=0))
assert p[0] == 0.0 and torch.log(p)[0] == float("-inf")
assert F.log_softmax(x, dim=0).tolist() == [-1000.0, 0.0]  # exact

# log_softmax never forms the tiny probability: it subtracts the log of the normaliser
assert torch.equal(F.log_softmax(x, dim=0), x - torch.logsumexp(x, dim=0))
