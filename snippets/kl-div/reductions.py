import inspect
import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
for C in [5, 10, 1000]:  # 4 rows, C classes
    log_q, p = torch.randn(4, C).log_softmax(dim=1), torch.randn(4, C).softmax(dim=1)
    true_kl = (p * (p.log() - log_q)).sum(dim=1).mean()
    with warnings.catch_warnings(record=True) as caught_mean:
        warnings.simplefilter("always")
        mean = F.kl_div(log_q, p, reduction="mean")
    with warnings.catch_warnings(record=True) as caught_others:
        warnings.simplefilter("always")
        batchmean, summed = F.kl_div(log_q, p, reduction="batchmean"), F.kl_div(log_q, p, reduction="sum")
    print(f"C = {C:4}: mean {mean.item():.6f}, batchmean {batchmean.item():.4f}, batchmean / mean = {(batchmean / mean).item():.1f}")
    assert torch.allclose(mean, summed / (4 * C)) and torch.allclose(batchmean, C * mean)  # claim: factor-c
    assert torch.allclose(batchmean, true_kl) and not torch.isclose(mean, true_kl)  # claim: batchmean-true
    assert torch.allclose(summed, 4 * true_kl)  # claim: sum-n-times
    assert len(caught_mean) == 1 and issubclass(caught_mean[0].category, UserWarning) and caught_others == []  # claim: only-mean-warns

message = str(caught_mean[0].message)
print(f"UserWarning: {message}")
assert "'batchmean' divides only by the batch size, and aligns with the KL div math definition" in message  # claim: mean-warns
assert "will be changed to behave the same as 'batchmean' in the next major release" in message  # claim: mean-warns
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")  # Python's default action: once per line of code
    for _ in range(3):
        F.kl_div(log_q, p)
assert len(caught) == 1  # claim: mean-shown-once
# claim: default-mean
assert nn.KLDivLoss().reduction == "mean" and inspect.signature(F.kl_div).parameters["reduction"].default == "mean"

# batchmean divides by dim 0 only: on (N, L, C) it is L times the mean KL per token
log_q3, p3 = torch.randn(2, 3, 5).log_softmax(dim=-1), torch.randn(2, 3, 5).softmax(dim=-1)
per_token = F.kl_div(log_q3.reshape(-1, 5), p3.reshape(-1, 5), reduction="batchmean")
assert torch.allclose(F.kl_div(log_q3, p3, reduction="batchmean"), 3 * per_token)  # claim: batchmean-dim0
