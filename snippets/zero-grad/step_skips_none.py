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
assert torch.equal(a.detach(), a_before)  # claim: step-skips
assert torch.allclose(b.detach(), b_before * (1 - 0.1 * 0.1)) and not torch.equal(b.detach(), b_before)  # claim: decay-shrinks

for make in (torch.optim.Adam, torch.optim.AdamW):  # other optimizers skip None as well
    p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
    make([p], lr=0.1).step()
    assert torch.equal(p.detach(), torch.tensor([1.0, 2.0]))  # claim: step-skips
