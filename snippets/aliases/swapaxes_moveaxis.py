import torch

torch.manual_seed(0)
x = torch.randn(2, 3, 4)
swapped = torch.swapaxes(x, 0, 2)  # exchanges dims 0 and 2
moved = torch.moveaxis(x, 0, 2)  # takes dim 0 out, puts it back at position 2
assert torch.equal(swapped, torch.transpose(x, 0, 2))  # claim: swapaxes-transpose
assert torch.equal(moved, torch.movedim(x, 0, 2))  # claim: moveaxis-movedim
print("swapaxes(x, 0, 2):", tuple(swapped.shape))
print("moveaxis(x, 0, 2):", tuple(moved.shape))
assert swapped.shape == (4, 3, 2) and torch.equal(swapped, x.permute(2, 1, 0))  # claim: swapaxes-shape
assert moved.shape == (3, 4, 2) and torch.equal(moved, x.permute(1, 2, 0))  # claim: moveaxis-shape

assert swapped.data_ptr() == x.data_ptr()  # claim: swapaxes-view
swapped[0, 0, 0] = 100.0  # a view: writing through it changes x
assert x[0, 0, 0] == 100.0  # claim: swapaxes-view

y = torch.randn(5, 6)  # with two dims the two agree
assert torch.equal(torch.swapaxes(y, 0, 1), torch.moveaxis(y, 0, 1))  # claim: same-on-2d
