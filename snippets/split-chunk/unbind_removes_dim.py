import torch

torch.manual_seed(0)
m = torch.rand(3, 4)

rows = m.unbind(0)  # 3 tensors of shape (4,): dim 0 is gone
print("unbind(0):", len(rows), "x", tuple(rows[0].shape))
assert len(rows) == 3 and all(torch.equal(r, m[i]) and r.shape == (4,) for i, r in enumerate(rows))  # claim: unbind-rows

pieces = m.chunk(3, dim=0)  # 3 tensors of shape (1, 4): dim 0 is kept
print("chunk(3): ", len(pieces), "x", tuple(pieces[0].shape))
assert len(pieces) == 3 and all(p.shape == (1, 4) for p in pieces)  # claim: chunk-keeps-dim

cols = m.unbind(1)  # along dim 1: 4 tensors of shape (3,)
print("unbind(1):", len(cols), "x", tuple(cols[0].shape))
assert len(cols) == 4 and all(c.shape == (3,) for c in cols)  # claim: unbind-rows
assert torch.equal(torch.stack(rows), m) and torch.equal(torch.stack(cols, dim=1), m)  # claim: stack-undoes
