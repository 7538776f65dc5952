import torch

torch.manual_seed(0)
x = torch.rand(4, 5)
idx = torch.tensor([1, 2, 3])

picked = {"x.index_select(1, idx)": x.index_select(1, idx), "x[:, idx]": x[:, idx],
          "x[:, [1, 2, 3]]": x[:, [1, 2, 3]]}
for name, t in picked.items():
    shared = t.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
    print(f"{name:23} same values as x[:, 1:4]: {torch.equal(t, x[:, 1:4])}  shares storage: {shared}")
    assert torch.equal(t, x[:, 1:4]) and not shared

# Indices need not be a contiguous range: any order, repeats allowed
print("x.index_select(1, [4, 0, 0]):", tuple(x.index_select(1, torch.tensor([4, 0, 0])).shape))
assert torch.equal(x.index_select(1, torch.tensor([4, 0, 0]))[:, 0], x[:, 4])
