import torch

torch.manual_seed(0)
x = torch.arange(12.0).view(1, 3, 2, 2)  # N, C, H, W: channel c holds 4c .. 4c+3
wrong = x.reshape(1, 2, 2, 3)            # bug: the right shape, scrambled values
right = x.permute(0, 2, 3, 1)            # fix: really moves C to the end

print("channels of pixel (0, 0), reshape:", wrong[0, 0, 0].tolist())
print("channels of pixel (0, 0), permute:", right[0, 0, 0].tolist())
assert wrong.shape == right.shape == (1, 2, 2, 3)  # claim: same-shape
assert wrong[0, 0, 0].tolist() == [0.0, 1.0, 2.0]  # claim: reshape-regroups
assert right[0, 0, 0].tolist() == [0.0, 4.0, 8.0]  # claim: permute-moves
assert not torch.equal(wrong, right) and torch.equal(wrong.flatten(), x.flatten())  # claim: reshape-regroups
