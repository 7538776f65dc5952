import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(2, 2)
net = nn.Sequential(shared, shared)  # one layer used twice

print("len(list(net.modules())):", len(list(net.modules())))
assert len(list(net.modules())) == 2  # claim: modules-dedup
try:
    kept = list(net.modules(remove_duplicate=False))
    print("len(list(net.modules(remove_duplicate=False))):", len(kept))
except TypeError as error:
    print(f"net.modules(remove_duplicate=False): TypeError: {error}")
    kept = None
assert kept is not None and len(kept) == 3  # claim: modules-keep-duplicates
