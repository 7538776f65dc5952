import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
teacher = torch.tensor([[2.0, 1.0, 0.5, -1.0]]).softmax(dim=1)  # a soft target to imitate


def distil(fix):
    student = torch.zeros(1, 4, requires_grad=True)  # the student's logits
    optimizer = torch.optim.SGD([student], lr=1.0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(500):
            if fix:  # log-probabilities in, batchmean
                loss = nn.KLDivLoss(reduction="batchmean")(student.log_softmax(dim=1), teacher)
            else:    # bug: probabilities in, default reduction
                loss = nn.KLDivLoss()(student.softmax(dim=1), teacher)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return student.softmax(dim=1).detach(), loss.item(), len(caught)


(bug, bug_loss, bug_warned), (fixed, fixed_loss, fixed_warned) = distil(fix=False), distil(fix=True)
print("teacher:        ", teacher)
print(f"student, bug:    {bug}  final loss {bug_loss:.4f}, warnings: {bug_warned}")
print(f"student, fixed:  {fixed}  final loss {fixed_loss:.4f}, warnings: {fixed_warned}")
assert teacher.argmax() == 0 and bug[0, 0] > 0.95 and not torch.allclose(bug, teacher, atol=0.1)  # claim: bug-collapses
top = torch.tensor([[1.0, 0.0, 0.0, 0.0]])  # all of q on the teacher's top class
with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    assert nn.KLDivLoss()(top, teacher) < nn.KLDivLoss()(teacher, teacher)  # claim: one-hot-lower
assert bug_loss < 0 and bug_warned == 500  # claim: bug-negative-warns
assert torch.allclose(fixed, teacher, atol=1e-3) and abs(fixed_loss) < 1e-5 and fixed_warned == 0  # claim: fix-matches
