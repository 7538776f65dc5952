import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
V, D = 5, 3
ids = torch.tensor([1, 2, 4])

# Bug: the id fed in as a number; the layer's output is then a straight line in the id
as_number = nn.Linear(1, D, bias=False)
vectors = as_number(ids.float().unsqueeze(1))
print("id 4 / id 2:", (vectors[2] / vectors[1]).tolist())
assert torch.allclose(vectors[2], 2 * vectors[1])  # claim: number-is-linear
with_bias = nn.Linear(1, D)(ids.float().unsqueeze(1))  # a bias shifts the line, it is still a line
assert torch.allclose(with_bias[2] - with_bias[1], 2 * (with_bias[1] - with_bias[0]))  # claim: number-is-linear

# A one-hot made by F.one_hot is int64, and Linear refuses it
lin = nn.Linear(V, D)
try:
    lin(F.one_hot(ids, V))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "same dtype" in str(error)  # claim: one-hot-dtype-error
else:
    raise AssertionError("an int64 one-hot into a float Linear should raise")

# Fix: one free vector per id
emb = nn.Embedding(V, D)
table = emb(ids)
assert not torch.allclose(table[2], 2 * table[1])  # claim: embedding-free-rows
assert torch.equal(table, emb.weight[ids])  # claim: embedding-is-rows
