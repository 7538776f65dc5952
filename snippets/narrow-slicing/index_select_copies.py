import torch

torch.manual_seed(0)
x = torch.rand(4, 5)
idx = torch.tensor([1, 2, 3])


def shares(t):
    return t.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()


picked = {"x.index_select(1, idx)": x.index_select(1, idx), "x[:, idx]": x[:, idx],
          "x[:, [1, 2, 3]]": x[:, [1, 2, 3]]}
for name, t in picked.items():
    print(f"{name:23} same values as x[:, 1:4]: {torch.equal(t, x[:, 1:4])}  shares storage: {shares(t)}")
    assert torch.equal(t, x[:, 1:4]) and not shares(t)  # claim: index-copies

# Even when the indices cover the whole dim in order, index_select copies
assert not shares(x.index_select(1, torch.arange(5))) and not shares(x.index_select(0, torch.tensor([0])))  # claim: index-copies
# A 0-dim integer tensor counts as a plain integer: that gives a view
print("x[:, torch.tensor(1)] shares storage:", shares(x[:, torch.tensor(1)]))
assert shares(x[:, torch.tensor(1)]) and x[:, torch.tensor(1)].shape == (4,)  # claim: zero-dim-index-view

# Indices need not be a contiguous range: any order, repeats allowed
picked = x.index_select(1, torch.tensor([4, 0, 0]))
print("x.index_select(1, [4, 0, 0]):", tuple(picked.shape))
assert torch.equal(picked[:, 0], x[:, 4]) and torch.equal(picked[:, 1], x[:, 0])  # claim: any-order
assert torch.equal(picked[:, 2], x[:, 0])  # claim: any-order
