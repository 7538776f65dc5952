import torch

torch.manual_seed(0)
x = torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 0.0]])

per_row = x.argmax(dim=1)  # indices only, int64
print("argmax(dim=1):", per_row, per_row.dtype)
assert torch.equal(per_row, x.max(dim=1).indices) and per_row.dtype == torch.int64  # claim: argmax-is-indices
assert per_row.tolist() == [1, 0] and x.max(dim=1).indices.tolist() == [1, 0]  # claim: ties-first
assert "indices of the first maximal value are returned" in " ".join(torch.argmax.__doc__.split())  # claim: ties-first

long = torch.zeros(3, 5000)  # long rows too: ties at 17 and 4000 (row 1 also at 2)
long[:, [17, 4000]] = 1.0
long[1, 2] = 1.0
print("long rows, argmax(dim=1):", long.argmax(dim=1))
assert long.argmax(dim=1).tolist() == long.max(dim=1).indices.tolist() == [17, 2, 17]  # claim: ties-first

flat = x.argmax()  # no dim: an index into the flattened tensor
print("argmax():", flat, "-> unravel_index:", torch.unravel_index(flat, x.shape))
assert flat.item() == 1 and x.flatten()[flat] == x.max()  # claim: argmax-flat
assert [int(i) for i in torch.unravel_index(flat, x.shape)] == [0, 1]  # claim: unravel
