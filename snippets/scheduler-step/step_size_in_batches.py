import torch

torch.manual_seed(0)
epochs, batches = 4, 3


def lrs_used(step_per_batch, step_size):
    p = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([p], lr=1.0)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=step_size, gamma=0.5)
    used = []
    for epoch in range(epochs):
        for batch in range(batches):
            p.grad = torch.ones(1)
            used.append(optimizer.param_groups[0]["lr"])
            optimizer.step()
            if step_per_batch:
                scheduler.step()
        if not step_per_batch:
            scheduler.step()
    return used, scheduler.last_epoch  # last_epoch: how many times scheduler.step() ran


per_epoch, epoch_count = lrs_used(step_per_batch=False, step_size=2)
per_batch, batch_count = lrs_used(step_per_batch=True, step_size=2 * batches)  # step_size counted in batches
print("last_epoch after 4 epochs: stepped per epoch", epoch_count, "| stepped per batch", batch_count)
print("same lr at every batch:", per_epoch == per_batch)
assert epoch_count == epochs and batch_count == epochs * batches  # claim: counts-calls
assert per_epoch == per_batch  # claim: step-size-in-batches
