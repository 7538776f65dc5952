import torch

torch.manual_seed(0)
x = torch.arange(12.0).view(3, 4)
idx = torch.tensor([2, 0, 2])  # a 1-D list of whole rows (or columns) to take

rows = x.index_select(0, idx)
cols = x.index_select(1, idx)
print(rows)
print("rows:", tuple(rows.shape), " columns:", tuple(cols.shape))
assert rows.shape == (3, 4) and cols.shape == (3, 3)  # dim `dim` becomes len(idx)
assert torch.equal(rows, x[idx]) and torch.equal(cols, x[:, idx])  # same as indexing

# gather needs one index per output element to do the same job
assert torch.equal(torch.gather(x, 0, idx[:, None].expand(-1, 4)), rows)

try:
    x.index_select(1, torch.tensor([[0, 1]]))  # the index must be 1-D
except IndexError as error:
    print(f"IndexError: {error}")
    assert "Index is supposed to be a vector" in str(error)
else:
    raise AssertionError("index_select() with a 2-D index should raise")
