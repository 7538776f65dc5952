import torch
from torch.utils.data import DistributedSampler

torch.manual_seed(0)
dataset = list(range(10))
ranks = [DistributedSampler(dataset, num_replicas=2, rank=r, shuffle=True) for r in (0, 1)]

# Three epochs without set_epoch; reseeding the global RNG in between changes nothing
without = []
for epoch in range(3):
    torch.manual_seed(100 + epoch)
    without.append(list(ranks[0]))
    print(f"no set_epoch, epoch {epoch}, rank 0:", without[-1])
assert without[0] == without[1] == without[2] and ranks[0].epoch == 0  # claim: same-order

with_epoch = []
for epoch in range(3):
    for sampler in ranks:
        sampler.set_epoch(epoch)  # every rank, the same number
    r0, r1 = list(ranks[0]), list(ranks[1])
    with_epoch.append(r0)
    print(f"set_epoch({epoch}), rank 0: {r0}  rank 1: {r1}")
    assert not set(r0) & set(r1) and sorted(r0 + r1) == dataset  # claim: epoch-ranks-agree
    own = torch.randperm(10, generator=torch.Generator().manual_seed(0 + epoch)).tolist()  # seed 0 + epoch
    assert [i for pair in zip(r0, r1) for i in pair] == own  # claim: own-generator
assert len({tuple(order) for order in with_epoch}) == 3  # claim: order-changes

ranks[0].set_epoch(1)
assert list(ranks[0]) == with_epoch[1]  # claim: epoch-deterministic
seed_one = DistributedSampler(dataset, num_replicas=2, rank=0, seed=1)  # seed 1, epoch 0
assert list(seed_one) == with_epoch[1]  # claim: seed-plus-epoch
