import torch

torch.manual_seed(0)
x = torch.randn(2, 3, 4)
assert torch.equal(torch.swapaxes(x, 0, 2), torch.transpose(x, 0, 2))
assert torch.equal(torch.moveaxis(x, 0, 2), torch.movedim(x, 0, 2))
assert torch.swapaxes(x, 0, 2).data_ptr() == x.data_ptr()  # a view, like transpose

swapped = torch.swapaxes(x, 0, 2)  # exchanges dims 0 and 2
moved = torch.moveaxis(x, 0, 2)  # takes dim 0 out, puts it back at position 2
print("swapaxes(x, 0, 2):", tuple(swapped.shape))
print("moveaxis(x, 0, 2):", tuple(moved.shape))
assert swapped.shape == (4, 3, 2) and moved.shape == (3, 4, 2)

y = torch.randn(5, 6)  # with two dims the two agree
assert torch.equal(torch.swapaxes(y, 0, 1), torch.moveaxis(y, 0, 1))
