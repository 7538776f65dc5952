import torch

torch.manual_seed(0)
lr, wd, b1, b2 = 0.1, 0.1, 0.9, 0.999  # betas: the defaults


def with_torch(optimizer_class, start, grads, eps):
    p = start.clone().requires_grad_()
    opt = optimizer_class([p], lr=lr, weight_decay=wd, eps=eps)
    for g in grads:
        p.grad = g.clone()
        opt.step()
        yield p.detach().clone()


def by_hand(decoupled, start, grads, eps):
    p, m, v = start.clone(), torch.zeros_like(start), torch.zeros_like(start)
    for t, g in enumerate(grads, start=1):
        p = p - lr * wd * p if decoupled else p  # AdamW: shrink the parameter itself
        g = g if decoupled else g + wd * p      # Adam: the decay joins the gradient, before the moments
        m, v = b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g**2
        p = p - lr * (m / (1 - b1**t)) / ((v / (1 - b2**t)).sqrt() + eps)
        yield p


show = lambda p: "(" + ", ".join(f"{x:.5f}" for x in p.tolist()) + ")"  # noqa: E731
cases = {
    "shown": (torch.tensor([1.0, -2.0]), [torch.tensor([0.5, 0.01]), torch.tensor([0.4, 0.02])], 1e-8),  # eps: default
    "random": (torch.randn(1000), [torch.randn(1000), torch.randn(1000)], 0.1),  # large eps: where does it go?
}
for name, case in cases.items():
    steps = zip(with_torch(torch.optim.Adam, *case), by_hand(False, *case),
                with_torch(torch.optim.AdamW, *case), by_hand(True, *case))
    for t, (adam, adam_hand, adamw, adamw_hand) in enumerate(steps, start=1):
        if name == "shown":
            print(f"step {t}: Adam {show(adam)}, by hand {show(adam_hand)} | AdamW {show(adamw)}, by hand {show(adamw_hand)}")
            assert (adam - adamw).abs().min() > 1e-3  # claim: land-differently
        assert torch.allclose(adam, adam_hand, rtol=0, atol=1e-6)  # claim: adam-formula
        assert torch.allclose(adamw, adamw_hand, rtol=0, atol=1e-6)  # claim: adamw-formula
