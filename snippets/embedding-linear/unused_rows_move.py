import torch
import torch.nn as nn

torch.manual_seed(0)
idx = torch.tensor([0, 2])  # rows 1, 3, 4, 5 get a zero gradient


def rows_changed(make_optimizer):
    emb = nn.Embedding(6, 3)
    before = emb.weight.detach().clone()
    opt = make_optimizer(emb.parameters())
    emb(idx).sum().backward()
    opt.step()
    return (emb.weight.detach() != before).any(dim=1).nonzero().flatten().tolist()


plain = rows_changed(lambda p: torch.optim.SGD(p, lr=0.1))
decay = rows_changed(lambda p: torch.optim.SGD(p, lr=0.1, weight_decay=0.01))
print("rows changed by SGD:                  ", plain)
print("rows changed by SGD with weight_decay:", decay)
assert plain == [0, 2]  # claim: sgd-leaves-unused
assert decay == [0, 1, 2, 3, 4, 5]  # claim: decay-moves-unused

emb = nn.Embedding(6, 3)
opt = torch.optim.Adam(emb.parameters(), lr=0.1)
emb(idx).sum().backward(); opt.step(); opt.zero_grad()  # step 1 uses rows 0 and 2
before = emb.weight.detach().clone()
emb(torch.tensor([3])).sum().backward(); opt.step()  # step 2 uses row 3 only
moved = (emb.weight.detach() != before).any(dim=1).nonzero().flatten().tolist()
print("rows changed by Adam's second step:   ", moved)
assert moved == [0, 2, 3]  # claim: adam-moves-unused
