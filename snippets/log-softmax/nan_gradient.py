import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([0.0, 1000.0], requires_grad=True)  # the right answer is class 0

loss = -torch.log(torch.softmax(x, dim=0))[0]  # naive negative log-likelihood
loss.backward()
print("naive:       loss", loss.item(), " grad", x.grad)
assert loss.item() == float("inf") and x.grad.isnan().all()

x.grad = None
loss = -F.log_softmax(x, dim=0)[0]
loss.backward()
print("log_softmax: loss", loss.item(), " grad", x.grad)
assert loss.item() == 1000.0
assert x.grad.tolist() == [-1.0, 1.0]  # softmax(x) - one_hot(0): finite, and pointing the right way
