import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
V, D = 6, 3
idx = torch.tensor([0, 2, 2])  # class 2 twice; classes 1, 3, 4, 5 unused
emb = nn.Embedding(V, D)
lin = nn.Linear(V, D, bias=False)
with torch.no_grad():
    lin.weight.copy_(emb.weight.T)
emb(idx).sum().backward()
lin(F.one_hot(idx, V).float()).sum().backward()
print("Embedding grad, one row per class:\n", emb.weight.grad)
unused = [1, 3, 4, 5]
assert (emb.weight.grad[unused] == 0).all() and (emb.weight.grad[[0, 2]] != 0).all()  # claim: unused-rows-zero
assert torch.equal(emb.weight.grad[2], 2 * emb.weight.grad[0])  # claim: repeats-add
# The Linear on one-hot gets the same numbers, transposed: its unused columns are zero too
assert torch.equal(lin.weight.grad.T, emb.weight.grad)  # claim: linear-same-grad
# claim: dense-grad
assert emb.weight.grad.shape == (V, D) and lin.weight.grad.shape == (D, V)
assert emb.weight.grad.layout == lin.weight.grad.layout == torch.strided  # claim: dense-grad

sparse = nn.Embedding(V, D, sparse=True)
sparse(idx).sum().backward()
grad = sparse.weight.grad.coalesce()  # merges the two entries for class 2
print("sparse=True grad holds rows", grad.indices().tolist(), "of", V)
assert grad.layout == torch.sparse_coo and grad.indices().tolist() == [[0, 2]]  # claim: sparse-grad
