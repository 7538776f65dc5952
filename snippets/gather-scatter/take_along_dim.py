import torch

torch.manual_seed(0)
x = torch.rand(3, 5)
index = torch.randint(0, 5, (3, 2))
assert torch.equal(torch.take_along_dim(x, index, dim=1), torch.gather(x, 1, index))  # claim: take-equals-gather

# Indices from argsort and argmax plug straight in
order = x.argsort(dim=1)
by_order = torch.take_along_dim(x, order, dim=1)
print("sorted rows:", torch.equal(by_order, x.sort(dim=1).values))
assert torch.equal(by_order, x.sort(dim=1).values)  # claim: take-argsort

best = x.argmax(dim=1, keepdim=True)  # (3, 1)
top = torch.take_along_dim(x, best, dim=1)
print("row maxima:", top.squeeze(1))
assert torch.equal(top, x.amax(dim=1, keepdim=True))  # claim: take-argmax

# The index broadcasts: one (1, 2) row of indices serves all three rows.
# gather does not broadcast: the same index reads row 0 only.
shared = torch.tensor([[4, 0]])
print("take_along_dim:", tuple(torch.take_along_dim(x, shared, dim=1).shape))
print("gather:        ", tuple(torch.gather(x, 1, shared).shape))
assert torch.equal(torch.take_along_dim(x, shared, dim=1), x[:, [4, 0]])  # claim: take-broadcasts
assert torch.equal(torch.gather(x, 1, shared), x[:1, [4, 0]])  # claim: gather-no-broadcast
