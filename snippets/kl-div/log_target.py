import torch
import torch.nn.functional as F

torch.manual_seed(0)
log_q = torch.randn(4, 5).log_softmax(dim=1)    # model: log-probabilities
teacher_logits = torch.randn(4, 5)
p, log_p = teacher_logits.softmax(dim=1), teacher_logits.log_softmax(dim=1)

as_probs = F.kl_div(log_q, p, reduction="batchmean")
as_logs = F.kl_div(log_q, log_p, reduction="batchmean", log_target=True)
no_flag = F.kl_div(log_q, log_p, reduction="batchmean")  # log-probabilities read as probabilities
print("target p:                      ", as_probs)
print("target log p, log_target=True: ", as_logs)
print("target log p, flag forgotten:  ", no_flag)
assert torch.allclose(as_probs, as_logs)  # claim: log-target-same
assert no_flag.isnan()  # claim: no-flag-nan

# A target with exact zeros (a one-hot row): fine as probabilities, nan once passed through .log()
hard = torch.tensor([[0.0, 1.0, 0.0, 0.0, 0.0]])
zero_ok = F.kl_div(log_q[:1], hard, reduction="batchmean")
zero_log = F.kl_div(log_q[:1], hard.log(), reduction="batchmean", log_target=True)
print("one-hot target as probabilities:", zero_ok, "| as hard.log(), log_target=True:", zero_log)
assert torch.allclose(zero_ok, -log_q[0, 1]) and zero_log.isnan()  # claim: zeros-log-nan
