import torch

torch.manual_seed(0)
x = torch.arange(12.0).view(3, 4)
idx = torch.tensor([2, 0, 2])  # a 1-D list of whole rows (or columns) to take

rows = x.index_select(0, idx)
cols = x.index_select(1, idx)
print(rows)
print("rows:", tuple(rows.shape), " columns:", tuple(cols.shape))
assert torch.equal(rows[0], x[2]) and torch.equal(cols[:, 1], x[:, 0])  # claim: index-select-slices
assert rows.shape == (3, 4) and cols.shape == (3, 3)  # claim: index-select-shape
assert torch.equal(rows[0], rows[2])  # claim: index-select-repeats
assert torch.equal(rows, x[idx]) and torch.equal(cols, x[:, idx])  # claim: index-select-equals-indexing

# gather needs one index per output element to do the same job
assert torch.equal(torch.gather(x, 0, idx[:, None].expand(-1, 4)), rows)  # claim: gather-needs-expand

try:
    x.index_select(1, torch.tensor([[0, 1]]))  # the index must be 1-D...
except IndexError as error:
    print(f"IndexError: {error}")
    assert "Index is supposed to be a vector" in str(error)  # claim: index-select-2d-refused
else:
    raise AssertionError("index_select() with a 2-D index should raise")
one = x.index_select(0, torch.tensor(1))  # ...yet a 0-D index is taken as a vector of one
print("0-D index:", tuple(one.shape))
assert one.shape == (1, 4) and "the 1-D tensor containing the indices" in torch.index_select.__doc__  # claim: index-select-0d
