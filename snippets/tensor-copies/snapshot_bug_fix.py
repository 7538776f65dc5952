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
assert torch.equal(alias, torch.full((3,), 0.5)) and alias.data_ptr() == w.data_ptr()  # claim: alias-follows
assert torch.equal(snapshot, torch.ones(3))  # claim: snapshot-keeps

ptr = w.data_ptr()
w.sum().backward()
torch.optim.SGD([w], lr=0.1).step()  # a real optimizer step also writes in place
assert w.data_ptr() == ptr and torch.equal(alias, w.detach())  # claim: optimizer-in-place
