import warnings

import torch
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

torch.manual_seed(0)
dataset = TensorDataset(torch.arange(10))
sampler = DistributedSampler(dataset, num_replicas=2, rank=0, shuffle=True)  # this process is rank 0 of 2
loader = DataLoader(dataset, batch_size=2, sampler=sampler)  # shuffle stays False: the sampler shuffles


def run_epochs(call_set_epoch):
    orders = []
    for epoch in range(3):
        if call_set_epoch:
            sampler.set_epoch(epoch)  # the fix: first line of every epoch, before iterating the loader
        orders.append([i for (batch,) in loader for i in batch.tolist()])
        print(f"  epoch {epoch}: {orders[-1]}")
    return orders


print("bug, no set_epoch:")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    bug = run_epochs(call_set_epoch=False)
assert bug[0] == bug[1] == bug[2]  # claim: bug-same-batches
assert not caught  # claim: bug-silent
print("fix, set_epoch(epoch):")
fix = run_epochs(call_set_epoch=True)
assert len({tuple(order) for order in fix}) == 3  # claim: fix-new-order
assert fix[0] == bug[0]  # claim: epoch-zero-default
