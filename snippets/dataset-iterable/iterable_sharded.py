import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class ShardedStream(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        info = get_worker_info()
        if info is None:  # no workers: this process reads everything
            return iter(range(self.n))
        # worker k of m keeps items k, k + m, k + 2m, ...
        return iter(range(info.id, self.n, info.num_workers))


torch.manual_seed(0)
print("get_worker_info() in the main process:", get_worker_info())
assert get_worker_info() is None  # claim: info-none-main

loader = DataLoader(ShardedStream(6), batch_size=None, num_workers=2, multiprocessing_context="fork")
sharded = [int(x) for x in loader]
print("sharded, num_workers=2:", sharded)
assert sharded == list(range(6))  # claim: sharded-once
assert [int(x) for x in DataLoader(ShardedStream(6), batch_size=None)] == list(range(6))  # claim: sharded-no-workers

batches = [b.tolist() for b in DataLoader(ShardedStream(6), batch_size=2, num_workers=2, multiprocessing_context="fork")]
print("batch_size=2, num_workers=2:", batches)
assert batches == [[0, 2], [1, 3], [4], [5]]  # claim: batches-per-worker
