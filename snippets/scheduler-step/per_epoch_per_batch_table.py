import torch

torch.manual_seed(0)
epochs, batches = 4, 3  # 4 epochs of 3 batches


def lrs_used(step_per_batch):  # the lr each optimizer.step() ran with
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([p], lr=1.0)
    scheduler = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    used = []
    for epoch in range(epochs):
        for batch in range(batches):
            p.grad = torch.ones(1)
            used.append(opt.param_groups[0]["lr"])
            opt.step()
            if step_per_batch:
                scheduler.step()
        if not step_per_batch:
            scheduler.step()
    return used


per_epoch, per_batch = lrs_used(step_per_batch=False), lrs_used(step_per_batch=True)
print("| epoch | batch | lr, scheduler.step() per epoch | lr, scheduler.step() per batch |")
print("|---|---|---|---|")
for i, (a, b) in enumerate(zip(per_epoch, per_batch)):
    print(f"| {i // batches} | {i % batches} | `{a}` | `{b}` |")
assert per_epoch == [0.5 ** (i // batches // 2) for i in range(epochs * batches)]  # claim: per-epoch-halves
assert per_batch == [0.5 ** (i // 2) for i in range(epochs * batches)]  # claim: per-batch-halves
assert per_batch[-1] == per_epoch[-1] / 2**4  # claim: per-batch-faster
