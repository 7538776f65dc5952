import torch

torch.manual_seed(0)
m = torch.rand(3, 4)

rows = m.unbind(0)  # 3 tensors of shape (4,): dim 0 is gone
print("unbind(0):", len(rows), "x", tuple(rows[0].shape))
assert len(rows) == 3 and rows[0].shape == (4,) and torch.equal(rows[1], m[1])

pieces = m.chunk(3, dim=0)  # 3 tensors of shape (1, 4): dim 0 is kept
print("chunk(3): ", len(pieces), "x", tuple(pieces[0].shape))
assert pieces[0].shape == (1, 4) and torch.equal(pieces[1].squeeze(0), rows[1])

cols = m.unbind(1)  # along dim 1: 4 tensors of shape (3,)
print("unbind(1):", len(cols), "x", tuple(cols[0].shape))
assert len(cols) == 4 and cols[0].shape == (3,)
assert torch.equal(torch.stack(rows), m)  # stack undoes unbind
