import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
p = torch.randn(4, 5).softmax(dim=1)  # target: probabilities
q = torch.randn(4, 5).softmax(dim=1)  # model: probabilities
true_kl = (p * (p.log() - q.log())).sum(dim=1).mean()  # sum p (log p - log q), averaged over rows

right = F.kl_div(q.log(), p, reduction="batchmean")  # input: log-probabilities
wrong = F.kl_div(q, p, reduction="batchmean")        # input: probabilities
print("KL(p || q) by the formula:  ", true_kl)
print("kl_div(q.log(), p):         ", right)
print("kl_div(q, p), probabilities:", wrong)
assert torch.allclose(right, true_kl)  # claim: log-input-right
assert torch.allclose(nn.KLDivLoss(reduction="batchmean")(q.log(), p), true_kl)  # claim: log-input-right
# It computed sum p (log p - q): q itself taken for log q
assert not torch.isclose(wrong, true_kl) and torch.allclose(wrong, (p * (p.log() - q)).sum(dim=1).mean())  # claim: prob-input-formula
assert wrong < 0  # claim: prob-input-negative

# A true KL divergence is never negative: 10,000 random pairs of rows
P, Q = torch.randn(10_000, 5).softmax(dim=1), (3 * torch.randn(10_000, 5)).softmax(dim=1)
per_row = F.kl_div(Q.log(), P, reduction="none").sum(dim=1)
print("smallest KL over 10,000 rows:", per_row.min())
assert per_row.min() > 0  # claim: kl-never-negative
with_probs = F.kl_div(Q, P, reduction="none").sum(dim=1)  # the same rows, probabilities as input
print("largest 'KL' with probabilities as input:", with_probs.max())
assert with_probs.max() < 0  # claim: prob-input-always-negative
assert F.kl_div(p.log(), p, reduction="batchmean").abs() < 1e-6  # claim: kl-zero-same
same = F.kl_div(P.log(), P, reduction="none").sum(dim=1)  # a KL of exactly 0, computed in float32
print("KL of each row against itself: min", same.min().item())
assert same.min() < 0 and same.abs().max() < 1e-6  # claim: rounding-negative
