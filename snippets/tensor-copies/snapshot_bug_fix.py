import torch

torch.manual_seed(0)
w = torch.ones(3, requires_grad=True)
alias = w.detach()             # bug: not a copy, just another name
snapshot = w.detach().clone()  # fix: an independent copy

with torch.no_grad():
    w -= 0.5  # an in-place update, like optimizer.step()

print("w        =", w)
print("alias    =", alias)
print("snapshot =", snapshot)
assert torch.equal(alias, torch.full((3,), 0.5))  # followed the update
assert alias.data_ptr() == w.data_ptr()
assert torch.equal(snapshot, torch.ones(3))       # kept the old values
