import warnings

import torch

torch.manual_seed(0)
p = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([p], lr=1.0)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)  # halve the lr every epoch

used = []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(3):
        p.grad = torch.ones(1)                          # stands for loss.backward()
        used.append(optimizer.param_groups[0]["lr"])    # the lr this step runs with
        optimizer.step()
        scheduler.step()                                # after optimizer.step(): the right order
print("lr used by each epoch:", used)
print("warnings:", [str(w.message) for w in caught], "| p after 3 steps of SGD with gradient 1:", p.item())
assert not caught  # claim: right-order-silent
assert used == [1.0, 0.5, 0.25]  # claim: right-order-starts-at-lr
assert p.item() == -sum(used)  # claim: step-uses-group-lr
# claim: docstring-order
assert "Call this method after calling the optimizer's" in " ".join(torch.optim.lr_scheduler.LRScheduler.step.__doc__.split())
