import torch

torch.manual_seed(0)
lr, wd = 0.1, 0.1
start, grad = torch.randn(10_000), torch.randn(10_000)  # 10,000 parameters and their gradients


def first_step(optimizer_class, weight_decay):
    p = start.clone().requires_grad_()
    opt = optimizer_class([p], lr=lr, weight_decay=weight_decay)
    p.grad = grad.clone()
    opt.step()
    return p.detach()


# Adam: decay or not, the first step moves every coordinate by lr, up or down
adam_decayed, adam_plain = first_step(torch.optim.Adam, wd), first_step(torch.optim.Adam, 0)
for moved in (adam_decayed - start, adam_plain - start):
    assert torch.allclose(moved.abs(), torch.full_like(start, lr), rtol=0, atol=1e-5)  # claim: adam-step-is-lr
# ... as long as the gradient dwarfs eps (1e-8): a zero gradient does not move, one equal to eps moves lr / 2
tiny = torch.zeros(3, requires_grad=True)
tiny.grad = torch.tensor([0.0, 1e-8, 1.0])
torch.optim.Adam([tiny], lr=lr).step()
assert torch.allclose(tiny.detach(), torch.tensor([0.0, -lr / 2, -lr]), rtol=0, atol=1e-6)  # claim: adam-step-is-lr
still = torch.ones(1, requires_grad=True)  # a zero gradient: the decay alone makes the step, a full lr
still.grad = torch.zeros(1)
torch.optim.Adam([still], lr=lr, weight_decay=wd).step()
assert torch.allclose(still.detach(), torch.tensor([1 - lr]), rtol=0, atol=1e-6)  # claim: adam-decay-zero-grad
changed = ~torch.isclose(adam_decayed, adam_plain, rtol=0, atol=1e-5)
flipped = (adam_decayed - start).sign() != (adam_plain - start).sign()
print(f"Adam: the decay changed {int(changed.sum())} coordinates of 10,000,"
      f" each by reversing its step: {torch.equal(changed, flipped)}")
assert torch.equal(changed, flipped)  # claim: adam-decay-flips
assert torch.equal(flipped, (grad + wd * start).sign() != grad.sign())  # claim: adam-decay-flips
assert 0 < int(flipped.sum()) < 1_000  # claim: adam-decay-flips

# AdamW: every coordinate is shrunk by lr * wd * p, whatever its gradient
adamw_decayed, adamw_plain = first_step(torch.optim.AdamW, wd), first_step(torch.optim.AdamW, 0)
print("AdamW: decayed minus plain equals -lr * wd * p:",
      torch.allclose(adamw_decayed - adamw_plain, -lr * wd * start, rtol=0, atol=1e-6))
assert torch.allclose(adamw_decayed - adamw_plain, -lr * wd * start, rtol=0, atol=1e-6)  # claim: adamw-shrinks-all
doc = " ".join(torch.optim.AdamW.__doc__.split())
assert "weight decay does not accumulate in the momentum nor variance" in doc  # claim: docstring-says
assert "Decoupled Weight Decay Regularization" in doc  # claim: docstring-says
assert "weight decay (L2 penalty)" in " ".join(torch.optim.Adam.__doc__.split())  # claim: adam-doc-l2
