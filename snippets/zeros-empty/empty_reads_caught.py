import torch
import torch.utils.deterministic

torch.manual_seed(0)
torch.use_deterministic_algorithms(True)
assert torch.utils.deterministic.fill_uninitialized_memory  # on by default; set it to be explicit
torch.utils.deterministic.fill_uninitialized_memory = True

partial = torch.empty(5)
partial[:3] = 1.0  # a bug: the last two elements are never written
print("float:", partial)
assert torch.isnan(partial[3:]).all() and (partial[:3] == 1).all()

counts = torch.empty(3, dtype=torch.int64)
print("int64:", counts)
assert (counts == torch.iinfo(torch.int64).max).all()
