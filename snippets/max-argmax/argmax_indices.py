import torch

torch.manual_seed(0)
x = torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 0.0]])

per_row = x.argmax(dim=1)  # indices only, int64
print("argmax(dim=1):", per_row, per_row.dtype)
assert torch.equal(per_row, x.max(dim=1).indices)
assert per_row.tolist() == [1, 0]  # ties: the first maximal position

flat = x.argmax()  # no dim: an index into the flattened tensor
print("argmax():", flat, "-> unravel_index:", torch.unravel_index(flat, x.shape))
assert flat.item() == 1 and x.flatten()[flat] == x.max()
assert [int(i) for i in torch.unravel_index(flat, x.shape)] == [0, 1]
