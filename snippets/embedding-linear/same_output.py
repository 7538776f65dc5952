import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
V, D = 10, 3
emb = nn.Embedding(V, D)
lin = nn.Linear(V, D, bias=False)
print("Embedding weight:", tuple(emb.weight.shape), " Linear weight:", tuple(lin.weight.shape))
assert emb.weight.shape == (V, D) and lin.weight.shape == (D, V)  # claim: weights-transposed

try:
    lin.weight = emb.weight.T  # a plain tensor, not a Parameter
except TypeError as error:
    print(f"TypeError: {error}")
    assert "(torch.nn.Parameter or None expected)" in str(error)  # claim: assign-raises
else:
    raise AssertionError("assigning a plain tensor to a Parameter attribute should raise")
with torch.no_grad():
    lin.weight.copy_(emb.weight.T)  # copy the table in, transposed

idx = torch.randint(0, V, (2, 5))  # a batch of 2 sequences of 5 ids
one_hot = F.one_hot(idx, V).float()  # (2, 5, V)
print("emb(idx):", tuple(emb(idx).shape), " lin(one_hot):", tuple(lin(one_hot).shape))
print("equal:", torch.equal(emb(idx), lin(one_hot)))
assert torch.equal(emb(idx), lin(one_hot))  # claim: same-output

biased = nn.Linear(V, D)  # with a bias: the looked-up row plus the bias
with torch.no_grad():
    biased.weight.copy_(emb.weight.T)
assert torch.allclose(biased(one_hot), emb(idx) + biased.bias)  # claim: bias-adds
