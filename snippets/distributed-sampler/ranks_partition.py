import torch
from torch.utils.data import DistributedSampler

torch.manual_seed(0)
dataset = list(range(10))  # any object with a len() will do; here the items are their own indices

# No process group is needed when num_replicas and rank are passed explicitly
shuffled = [list(DistributedSampler(dataset, num_replicas=2, rank=r, shuffle=True)) for r in (0, 1)]
print("shuffle=True: ", shuffled)
assert not set(shuffled[0]) & set(shuffled[1])  # claim: no-overlap
assert sorted(shuffled[0] + shuffled[1]) == dataset  # claim: covers-all
# Interleaved, the two ranks give back one permutation: randperm from a generator seeded with seed + epoch = 0
merged = [i for pair in zip(*shuffled) for i in pair]
print("interleaved:  ", merged)
assert merged == torch.randperm(10, generator=torch.Generator().manual_seed(0)).tolist()  # claim: one-permutation

assert DistributedSampler(dataset, num_replicas=2, rank=0).shuffle is True  # claim: shuffle-default
in_order = [list(DistributedSampler(dataset, num_replicas=2, rank=r, shuffle=False)) for r in (0, 1)]
print("shuffle=False:", in_order)
assert in_order == [list(range(0, 10, 2)), list(range(1, 10, 2))]  # claim: interleaved

try:
    DistributedSampler(dataset)  # no num_replicas, no rank, no init_process_group()
except ValueError as error:
    print(f"ValueError: {error}")
    assert "Default process group has not been initialized" in str(error)  # claim: needs-group
else:
    raise AssertionError("DistributedSampler without a process group should raise")
