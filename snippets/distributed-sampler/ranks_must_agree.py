import torch
from torch.utils.data import DistributedSampler

torch.manual_seed(0)
dataset = list(range(10))


def overlap_and_missed(rank0, rank1):
    r0, r1 = list(rank0), list(rank1)
    print(f"  rank 0: {r0}  rank 1: {r1}")
    return sorted(set(r0) & set(r1)), sorted(set(dataset) - set(r0) - set(r1))


print("set_epoch(1) on rank 1 only:")
rank0 = DistributedSampler(dataset, num_replicas=2, rank=0)
rank1 = DistributedSampler(dataset, num_replicas=2, rank=1)
rank1.set_epoch(1)
both, missed = overlap_and_missed(rank0, rank1)
print("  on both ranks:", both, " never drawn:", missed)
assert both and missed  # claim: epoch-mismatch

print("a different seed on each rank:")
both, missed = overlap_and_missed(DistributedSampler(dataset, num_replicas=2, rank=0, seed=0),
                                  DistributedSampler(dataset, num_replicas=2, rank=1, seed=5))
print("  on both ranks:", both, " never drawn:", missed)
assert both and missed  # claim: seed-mismatch
