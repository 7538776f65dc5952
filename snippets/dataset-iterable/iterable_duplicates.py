import torch
from torch.utils.data import DataLoader, Dataset, IterableDataset, get_worker_info


class Stream(IterableDataset):
    def __iter__(self):
        info = get_worker_info()  # the worker running this copy; None in the main process
        worker = info.id if info is not None else "main"
        return ((worker, i) for i in range(6))


class Items(Dataset):  # map-style, six items
    def __len__(self):
        return 6

    def __getitem__(self, index):
        return (get_worker_info().id, index)


def by_worker(dataset, workers):
    context = "fork" if workers else None  # fork: workers run classes defined in a notebook cell too
    loader = DataLoader(dataset, batch_size=None, num_workers=workers, multiprocessing_context=context)
    seen = {}
    for worker, item in loader:
        seen.setdefault(worker, []).append(int(item))
    return seen


torch.manual_seed(0)
stream = by_worker(Stream(), workers=2)
print("IterableDataset, num_workers=2:  ", stream)
assert stream == {0: list(range(6)), 1: list(range(6))}  # claim: iterable-twice
assert by_worker(Stream(), workers=0) == {"main": list(range(6))}  # claim: iterable-once-no-workers
items = by_worker(Items(), workers=2)
print("map-style Dataset, num_workers=2:", items)
assert sorted(items[0] + items[1]) == list(range(6)) and not set(items[0]) & set(items[1])  # claim: map-once
