import torch
import torch.nn.functional as F
from torch.distributions import Categorical, kl_divergence

torch.manual_seed(0)
data_logits, model_logits = torch.randn(4, 5), torch.randn(4, 5)
P = Categorical(logits=data_logits)   # the distribution of the data
Q = Categorical(logits=model_logits)  # the model

per_row = kl_divergence(P, Q)  # math order: KL(P || Q), one value per row
by_kl_div = F.kl_div(model_logits.log_softmax(dim=1), data_logits.softmax(dim=1), reduction="none").sum(dim=1)
print("kl_divergence(P, Q):          ", per_row)
print("kl_div(log q, p), summed rows:", by_kl_div)
assert per_row.shape == (4,) and torch.allclose(per_row, by_kl_div)  # claim: dist-per-row
assert torch.allclose(per_row.mean(), F.kl_div(Q.logits, P.probs, reduction="batchmean"))  # claim: dist-batchmean
assert torch.allclose(Q.logits, model_logits.log_softmax(dim=1))  # claim: logits-normalised

# kl_div takes (model, data); kl_divergence takes (data, model); the divergence is not symmetric
reverse = kl_divergence(Q, P)
print("kl_divergence(Q, P):          ", reverse)
assert not torch.allclose(reverse, per_row)  # claim: not-symmetric
assert torch.allclose(reverse, F.kl_div(P.logits, Q.probs, reduction="none").sum(dim=1))  # claim: swapped-args
