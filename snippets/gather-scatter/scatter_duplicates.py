import torch

torch.manual_seed(0)
src = torch.tensor([1.0, 2.0, 3.0, 4.0])
index = torch.tensor([0, 0, 2, 0])  # slot 0 is written three times

kept = torch.zeros(5).scatter_(0, index, src)      # out[index[i]] = src[i]
added = torch.zeros(5).scatter_add_(0, index, src)  # out[index[i]] += src[i]
print("scatter_:    ", kept)
print("scatter_add_:", added)
print("index_add_:  ", torch.zeros(5).index_add_(0, index, src))

assert kept[2] == 3.0 and kept[1] == kept[3] == kept[4] == 0.0  # claim: scatter-rule
# scatter_ keeps one of the three writes; the docs say which one is arbitrary
assert kept[0].item() in (1.0, 2.0, 4.0)  # claim: scatter-keeps-one
doc = " ".join(torch.Tensor.scatter_.__doc__.split())
assert "one of the values from ``src`` will be picked arbitrarily" in doc  # claim: scatter-doc-arbitrary
# scatter_add_ and index_add_ sum all of them
assert added.tolist() == [7.0, 0.0, 3.0, 0.0, 0.0]  # claim: scatter-add-sums
assert torch.equal(torch.zeros(5).index_add_(0, index, src), added)  # claim: index-add-sums

# index_add_ adds whole rows: row 0 of the result receives rows 0 and 1 of the source
rows = torch.zeros(3, 2).index_add_(0, torch.tensor([0, 0]), torch.tensor([[1.0, 2.0], [10.0, 20.0]]))
print(rows)
assert rows.tolist() == [[11.0, 22.0], [0.0, 0.0], [0.0, 0.0]]  # claim: index-add-rows
