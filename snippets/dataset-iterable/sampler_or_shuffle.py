import torch
from torch.utils.data import DataLoader, Dataset, DistributedSampler, RandomSampler, SequentialSampler


class Squares(Dataset):  # map-style: a length and an item for every index
    def __len__(self):
        return 6

    def __getitem__(self, index):
        return index * index


torch.manual_seed(0)
dataset = Squares()
print("dataset[4] =", dataset[4], " len(dataset) =", len(dataset))
assert dataset[4] == 16 and len(dataset) == 6  # claim: map-index-len

for sampler in (SequentialSampler(dataset), DistributedSampler(dataset, num_replicas=2, rank=0)):
    try:
        DataLoader(dataset, shuffle=True, sampler=sampler)
    except ValueError as error:
        print(f"{type(sampler).__name__} and shuffle=True: ValueError: {error}")
        assert "sampler option is mutually exclusive with shuffle" in str(error)  # claim: sampler-shuffle-raises
    else:
        raise AssertionError("shuffle=True together with sampler= should raise")

# shuffle=True is shorthand for a RandomSampler; without it the loader reads the indices in order
shuffled = DataLoader(dataset, shuffle=True)
assert isinstance(shuffled.sampler, RandomSampler)  # claim: shuffle-is-random-sampler
epochs = [[int(x) for x in shuffled] for epoch in range(2)]
print("shuffle=True, two epochs:", epochs)
assert epochs[0] != epochs[1] and sorted(epochs[0]) == sorted(epochs[1])  # claim: shuffle-each-epoch
assert isinstance(DataLoader(dataset).sampler, SequentialSampler)  # claim: default-sequential
in_order = DataLoader(dataset, batch_size=3, shuffle=False, sampler=SequentialSampler(dataset))
print("shuffle=False with a sampler:", [batch.tolist() for batch in in_order])
assert [b.tolist() for b in in_order] == [[0, 1, 4], [9, 16, 25]]  # claim: shuffle-false-sampler-ok
