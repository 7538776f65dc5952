import torch

torch.manual_seed(0)
src = torch.tensor([1.0, 2.0, 3.0, 4.0])
index = torch.tensor([0, 0, 2, 0])  # slot 0 is written three times

kept = torch.zeros(5).scatter_(0, index, src)      # out[index[i]] = src[i]
added = torch.zeros(5).scatter_add_(0, index, src)  # out[index[i]] += src[i]
print("scatter_:    ", kept)
print("scatter_add_:", added)
print("index_add_:  ", torch.zeros(5).index_add_(0, index, src))

# scatter_ keeps one of the three writes; which one is unspecified
assert kept[0].item() in (1.0, 2.0, 4.0) and kept[2] == 3.0
# scatter_add_ and index_add_ sum all of them
assert added.tolist() == [7.0, 0.0, 3.0, 0.0, 0.0]
assert torch.equal(torch.zeros(5).index_add_(0, index, src), added)

# index_add_ adds whole rows: row 0 of the result receives rows 0 and 1 of the source
rows = torch.zeros(3, 2).index_add_(0, torch.tensor([0, 0]), torch.ones(2, 2))
print(rows)
assert rows.tolist() == [[2.0, 2.0], [0.0, 0.0], [0.0, 0.0]]
