import warnings

import torch

torch.manual_seed(0)


def lrs_used(scheduler_first, epochs=4):  # the lr each epoch's optimizer.step() ran with
    p = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([p], lr=1.0)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    used = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for epoch in range(epochs):
            p.grad = torch.ones(1)
            if scheduler_first:
                scheduler.step()  # bug: the lr changes before the epoch's first update
            used.append(optimizer.param_groups[0]["lr"])
            optimizer.step()
            if not scheduler_first:
                scheduler.step()  # fix: after optimizer.step()
    return used, len(caught)


wrong, warned = lrs_used(scheduler_first=True)
right, silent = lrs_used(scheduler_first=False)
print("scheduler.step() first:", wrong, f"({warned} warning)")
print("optimizer.step() first:", right, f"({silent} warnings)")
assert 1.0 not in wrong and right[0] == 1.0  # claim: first-value-skipped
assert wrong[:-1] == right[1:]  # claim: schedule-shifted
assert warned == 1 and silent == 0  # claim: warns-once
