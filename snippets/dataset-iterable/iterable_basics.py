import torch
from torch.utils.data import DataLoader, IterableDataset, SequentialSampler


class Stream(IterableDataset):  # iterable-style: only __iter__, no indices, no length
    def __iter__(self):
        return iter(range(6))


torch.manual_seed(0)
stream = Stream()
batches = [batch.tolist() for batch in DataLoader(stream, batch_size=4)]
print("one pass:", batches)
assert batches == [[0, 1, 2, 3], [4, 5]]  # claim: iterable-batches

try:
    len(stream)
except TypeError as error:
    print(f"TypeError: {error}")
    assert "has no len()" in str(error)  # claim: iterable-no-len
else:
    raise AssertionError("len() of an IterableDataset without __len__ should raise")

try:
    DataLoader(stream, shuffle=True)
except ValueError as error:
    print(f"ValueError: {error}")
    assert "expected unspecified shuffle option, but got shuffle=True" in str(error)  # claim: iterable-shuffle-raises
else:
    raise AssertionError("shuffle=True with an IterableDataset should raise")
try:
    DataLoader(stream, sampler=SequentialSampler(range(6)))
except ValueError as error:  # not printed: the message holds the sampler's address
    assert "expected unspecified sampler option, but got sampler=<" in str(error)  # claim: iterable-sampler-raises
    assert "SequentialSampler object at 0x" in str(error)  # claim: sampler-message-address
else:
    raise AssertionError("sampler= with an IterableDataset should raise")
assert [b.tolist() for b in DataLoader(stream, batch_size=4, shuffle=False)] == [[0, 1, 2, 3], [4, 5]]  # claim: iterable-shuffle-false-ok
