import torch

torch.manual_seed(0)
x = torch.zeros(4, 4)
idx = torch.tensor([1, 2])

x[:, 1:3][0, 0] = 1.0             # through a slice: reaches x
x.narrow(1, 1, 2)[1, 0] = 2.0     # through narrow: reaches x
x.index_select(1, idx)[2, 0] = 3.0  # through index_select's copy: lost
x[:, idx][3, 0] = 4.0             # through advanced indexing's copy: lost
print(x)
assert x[0, 1].item() == 1.0 and x[1, 1].item() == 2.0  # claim: view-writes-reach
assert x[2, 1].item() == 0.0 and x[3, 1].item() == 0.0  # claim: copy-writes-lost
assert x.count_nonzero().item() == 2  # claim: copy-writes-lost
