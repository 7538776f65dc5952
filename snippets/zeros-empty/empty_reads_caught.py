import torch
import torch.utils.deterministic

torch.manual_seed(0)
torch.use_deterministic_algorithms(True)
assert torch.utils.deterministic.fill_uninitialized_memory  # claim: fill-default
torch.utils.deterministic.fill_uninitialized_memory = True

partial = torch.empty(5)
partial[:3] = 1.0  # a bug: the last two elements are never written
print("float:", partial)
assert torch.isnan(partial[3:]).all() and (partial[:3] == 1).all()  # claim: fill-nan

counts = torch.empty(3, dtype=torch.int64)
print("int64:", counts)
assert (counts == torch.iinfo(torch.int64).max).all()  # claim: fill-int-max
assert torch.empty(10_000).isnan().all()  # claim: fill-writes-all
torch.use_deterministic_algorithms(False)  # back to the default for whatever runs next
