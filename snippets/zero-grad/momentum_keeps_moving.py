import torch

torch.manual_seed(0)
for set_to_none in (True, False):
    w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
    opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
    (w * 3).sum().backward()
    opt.step()  # one real step fills the momentum buffer

    opt.zero_grad(set_to_none=set_to_none)  # then w gets no gradient, e.g. an unused branch
    before = w.detach().clone()
    opt.step()
    moved = not torch.equal(w.detach(), before)
    print(f"set_to_none={set_to_none!s:5}  grad={w.grad}  moved on the second step: {moved}")
    assert moved == (not set_to_none)  # claim: momentum-moves
