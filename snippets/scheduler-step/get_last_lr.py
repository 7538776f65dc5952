import warnings

import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD([{"params": [model.weight], "lr": 1.0},   # two param groups,
                             {"params": [model.bias], "lr": 0.1}])    # each with its own lr
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
for epoch in range(2):
    optimizer.step()
    scheduler.step()

last = scheduler.get_last_lr()
print("get_last_lr():", last, type(last).__name__)
print("param_groups lr:", [group["lr"] for group in optimizer.param_groups])
assert isinstance(last, list) and len(last) == len(optimizer.param_groups)  # claim: list-per-group
assert last == [group["lr"] for group in optimizer.param_groups] == [0.5, 0.05]  # claim: last-is-current

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    computed = scheduler.get_lr()  # not the current lr: the formula for the next one, applied again
print("get_lr():", computed, "|", caught[0].message)
assert "please use `get_last_lr()`" in str(caught[0].message)  # claim: get-lr-warns
assert computed != last and computed == [lr * 0.5 for lr in last]  # claim: get-lr-differs

optimizer.step()
scheduler.step()  # epoch 3: not a multiple of step_size, so get_lr() has nothing to scale
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    assert scheduler.get_lr() == scheduler.get_last_lr() == [0.5, 0.05]  # claim: get-lr-differs
