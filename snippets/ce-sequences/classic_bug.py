import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
N, L, C = 16, 7, 5
tokens = torch.randint(0, C, (N, L))
target = (tokens + 1) % C  # a per-token task a lookup table learns exactly
logits = nn.Embedding(C, C)(tokens)  # (N, L, C)

# reshape gives the right shape, but not the right layout: token 0's scores are not in column 0
assert logits.reshape(N, C, L).shape == logits.permute(0, 2, 1).shape == (N, C, L)  # claim: reshape-shape-fits
assert torch.equal(logits.permute(0, 2, 1)[0, :, 0], logits[0, 0, :])  # claim: permute-keeps-token
assert not torch.equal(logits.reshape(N, C, L)[0, :, 0], logits[0, 0, :])  # claim: reshape-mixes
assert torch.equal(logits.view(N, C, L), logits.reshape(N, C, L))  # claim: view-same-as-reshape
assert logits.reshape(N, C, L).data_ptr() == logits.data_ptr()  # claim: reshape-no-move


def train(fix):
    torch.manual_seed(0)
    model = nn.Embedding(C, C)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
    for _ in range(200):
        out = model(tokens)
        loss = F.cross_entropy(out.permute(0, 2, 1) if fix else out.reshape(N, C, L), target)  # bug: reshape
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item(), (model(tokens).argmax(dim=-1) == target).float().mean().item()


(bug_loss, bug_acc), (fix_loss, fix_acc) = train(fix=False), train(fix=True)
print(f"reshape(N, C, L):  loss {bug_loss:.4f}, token accuracy {bug_acc:.3f}")
print(f"permute(0, 2, 1):  loss {fix_loss:.4f}, token accuracy {fix_acc:.3f}")
assert bug_acc < 0.9 and bug_loss > 1  # claim: bug-does-not-learn
assert fix_acc == 1.0 and fix_loss < 0.01  # claim: fix-learns
