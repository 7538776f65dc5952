import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(5, 3, padding_idx=0)  # id 0 marks padding
print("row 0 at creation:", emb.weight[0].tolist())
assert (emb.weight[0] == 0).all() and (emb.weight[1:] != 0).all()  # claim: padding-starts-zero
batch = torch.tensor([[3, 1, 0, 0], [2, 0, 0, 0]])  # two padded sequences
out = emb(batch)
assert (out[batch == 0] == 0).all()  # claim: padding-output-zero
out.sum().backward()
print("grad of row 0:", emb.weight.grad[0].tolist(), " grad of row 3:", emb.weight.grad[3].tolist())
assert (emb.weight.grad[0] == 0).all() and (emb.weight.grad[3] != 0).all()  # claim: padding-no-grad
torch.optim.SGD(emb.parameters(), lr=0.1, weight_decay=0.1).step()
assert (emb.weight[0] == 0).all()  # claim: decay-keeps-zero-row

# from_pretrained leaves the padding row as given, but still gives it no gradient
pre = nn.Embedding.from_pretrained(torch.ones(5, 3), freeze=False, padding_idx=0)
pre(batch).sum().backward()
assert (pre.weight[0] == 1).all() and (pre(batch)[batch == 0] == 1).all()  # claim: pretrained-keeps-row
assert (pre.weight.grad[0] == 0).all()  # claim: padding-no-grad
torch.optim.SGD(pre.parameters(), lr=0.1).step()  # a plain step: row 0 stays
assert (pre.weight[0] == 1).all()  # claim: plain-step-keeps-padding

# The docstring says this row "is not updated during training": weight decay still shrinks it
assert "is not updated during training" in nn.Embedding.__doc__  # claim: docstring-says-fixed
torch.optim.SGD(pre.parameters(), lr=0.1, weight_decay=0.1).step()
print("pretrained row 0 after a step with weight_decay:", pre.weight[0].tolist())
assert (pre.weight[0] < 1).all()  # claim: decay-moves-padding
