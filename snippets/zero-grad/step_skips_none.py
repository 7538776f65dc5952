import torch

torch.manual_seed(0)
a = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
b = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.SGD([a, b], lr=0.1, weight_decay=0.1)

a.grad = None              # what zero_grad() leaves behind
b.grad = torch.zeros(2)    # what zero_grad(set_to_none=False) leaves behind
a_before, b_before = a.detach().clone(), b.detach().clone()
opt.step()

print("grad None:  ", a_before, "->", a.detach())
print("grad zeros: ", b_before, "->", b.detach())
assert torch.equal(a.detach(), a_before)      # skipped entirely
assert not torch.equal(b.detach(), b_before)  # weight decay shrank it
assert torch.allclose(b.detach(), b_before * (1 - 0.1 * 0.1))
