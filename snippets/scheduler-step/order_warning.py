import warnings

import torch

torch.manual_seed(0)
p = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([p], lr=1.0)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

counts = []  # warnings caught so far, after each epoch
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for epoch in range(3):
        p.grad = torch.ones(1)
        scheduler.step()  # bug: before optimizer.step()
        optimizer.step()
        counts.append(len(caught))
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
print("warnings caught after each epoch:", counts)
assert counts == [1, 1, 1] and caught[0].category is UserWarning  # claim: warns-once
# claim: warning-text
assert str(caught[0].message).startswith("Detected call of `lr_scheduler.step()` before `optimizer.step()`.")
assert "skipping the first value of the learning rate schedule" in str(caught[0].message)  # claim: warning-says-skip
