import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([0.0, 3.0], requires_grad=True)  # moderate logits: the naive form is fine
loss = -torch.log(torch.softmax(x, dim=0))[0]
loss.backward()
assert torch.isfinite(loss) and torch.isfinite(x.grad).all()  # claim: naive-fine-moderate

x = torch.tensor([0.0, 1000.0], requires_grad=True)  # the right answer is class 0
loss = -torch.log(torch.softmax(x, dim=0))[0]  # naive negative log-likelihood
loss.backward()
print("naive:       loss", loss.item(), " grad", x.grad)
assert loss.item() == float("inf") and x.grad.isnan().all()  # claim: naive-inf-nan

x.grad = None
loss = -F.log_softmax(x, dim=0)[0]
loss.backward()
print("log_softmax: loss", loss.item(), " grad", x.grad)
assert loss.item() == 1000.0  # claim: fixed-loss
one_hot = torch.tensor([1.0, 0.0])
assert torch.equal(x.grad, torch.softmax(x.detach(), dim=0) - one_hot)  # claim: fixed-grad
assert x.grad.tolist() == [-1.0, 1.0]  # claim: fixed-grad
# cross_entropy applies log_softmax itself: the same loss, straight from the logits
assert F.cross_entropy(x.detach()[None], torch.tensor([0])) == 1000.0  # claim: ce-applies-log-softmax
r, t = torch.randn(8, 5), torch.randint(5, (8,))
assert torch.allclose(F.cross_entropy(r, t), -F.log_softmax(r, dim=1)[torch.arange(8), t].mean())  # claim: ce-applies-log-softmax
