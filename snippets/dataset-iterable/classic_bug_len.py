import re
import warnings

import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class Lines(IterableDataset):  # the bug: every worker reads all six lines
    def __len__(self):  # a length the loader will trust
        return 6

    def __iter__(self):
        return iter(range(6))


class ShardedLines(Lines):  # the fix: one shard per worker
    def __iter__(self):
        info = get_worker_info()
        return iter(range(6) if info is None else range(info.id, 6, info.num_workers))


def one_epoch(dataset, ask_len):
    loader = DataLoader(dataset, batch_size=None, num_workers=2, multiprocessing_context="fork")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reported = len(loader) if ask_len else None
        items = [int(x) for x in loader]
    return reported, items, [str(w.message) for w in caught]


torch.manual_seed(0)
reported, items, messages = one_epoch(Lines(), ask_len=True)
print(f"bug: len(loader) = {reported}, items fetched = {len(items)}")
print("UserWarning:", re.sub(r" <[^>]*>", "", messages[0]))  # without the object's address
assert reported == len(Lines()) == 6  # claim: len-defined
assert sorted(items) == sorted(list(range(6)) * 2)  # claim: bug-twice
assert "was reported to be 6" in messages[0] and "but 7 samples have been fetched" in messages[0]  # claim: len-warning
_, unasked, messages = one_epoch(Lines(), ask_len=False)
assert len(unasked) == 12 and messages == []  # claim: silent-without-len
reported, items, messages = one_epoch(ShardedLines(), ask_len=True)
print(f"fix: len(loader) = {reported}, items fetched = {len(items)}, warnings: {len(messages)}")
assert items == list(range(6)) and messages == []  # claim: fix-once
