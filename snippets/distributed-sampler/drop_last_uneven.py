import torch
from torch.utils.data import DataLoader, DistributedSampler

torch.manual_seed(0)
dataset = list(range(11))  # 11 samples for 2 ranks: one too many for an even split


def split(data, shuffle=False, **kwargs):
    return [list(DistributedSampler(data, num_replicas=2, rank=r, shuffle=shuffle, **kwargs)) for r in (0, 1)]


padded = split(dataset)  # drop_last=False, the default
print("drop_last=False:", padded, "lengths", [len(r) for r in padded])
assert DistributedSampler(dataset, num_replicas=2, rank=0).drop_last is False  # claim: drop-last-default
assert [len(r) for r in padded] == [6, 6]  # claim: pad-lengths
assert padded[1][-1] == padded[0][0] == 0 and sorted(set(padded[0] + padded[1])) == dataset  # claim: pad-repeats

dropped = split(dataset, drop_last=True)
print("drop_last=True: ", dropped, "lengths", [len(r) for r in dropped])
assert [len(r) for r in dropped] == [5, 5]  # claim: drop-lengths
assert sorted(dropped[0] + dropped[1]) == dataset[:10]  # claim: drop-tail

even = list(range(10))  # counter-case: an even split has nothing to pad or drop
assert all(split(even, sh) == split(even, sh, drop_last=True) for sh in (False, True))  # claim: even-no-difference

# DataLoader's own drop_last is another thing: it drops the last short batch of this rank
sampler = DistributedSampler(dataset, num_replicas=2, rank=0, shuffle=False)  # 6 indices
batches = [b.tolist() for b in DataLoader(dataset, batch_size=4, sampler=sampler, drop_last=True)]
print("DataLoader(batch_size=4, drop_last=True) on rank 0:", batches)
assert batches == [[0, 2, 4, 6]]  # claim: loader-drop-last
