import torch
from torch.utils.data import DataLoader, Dataset, IterableDataset, SequentialSampler, get_worker_info


class MapStyle(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return index


class Stream(IterableDataset):
    def __iter__(self):
        return iter(range(4))


class ShardedStream(IterableDataset):
    def __iter__(self):
        info = get_worker_info()
        return iter(range(4) if info is None else range(info.id, 4, info.num_workers))


def outcome(make):  # what the call returned, ✓ for a DataLoader, or the type of error it raised
    try:
        result = make()
    except (TypeError, ValueError) as error:
        return f"`{type(error).__name__}`"
    return "✓" if isinstance(result, DataLoader) else str(result)


torch.manual_seed(0)
print("| dataset | len(dataset) | DataLoader(shuffle=True) | DataLoader(sampler=…) | items, num_workers=2 | each item once? |")
print("|---|---|---|---|---|---|")
rows = []
for name, dataset in [("Dataset", MapStyle()), ("IterableDataset", Stream()), ("IterableDataset + get_worker_info()", ShardedStream())]:
    items = sorted(int(x) for x in DataLoader(dataset, batch_size=None, num_workers=2, multiprocessing_context="fork"))
    rows.append([outcome(lambda: len(dataset)), outcome(lambda: DataLoader(dataset, shuffle=True)),
                 outcome(lambda: DataLoader(dataset, sampler=SequentialSampler(range(4)))), "✓" if items == list(range(4)) else "✗"])
    print(f"| `{name}` | {' | '.join(rows[-1][:3])} | `{items}` | {rows[-1][3]} |")

assert rows[0] == ["4", "✓", "✓", "✓"]  # claim: table-map
assert rows[1] == ["`TypeError`", "`ValueError`", "`ValueError`", "✗"]  # claim: table-iterable
assert rows[2] == rows[1][:3] + ["✓"]  # claim: table-sharded
