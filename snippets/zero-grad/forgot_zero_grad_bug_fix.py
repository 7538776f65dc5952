import torch


def train(zero_grad_first):
    torch.manual_seed(0)
    model = torch.nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    matches, sums, used, total = [], [], [], 0
    for step in range(3):
        x, y = torch.randn(8, 3), torch.randn(8, 1)
        if zero_grad_first:
            opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        (fresh,) = torch.autograd.grad(loss, model.weight, retain_graph=True)  # this batch's gradient
        total = total + fresh  # the gradients of this batch and all earlier ones
        loss.backward()
        matches.append(torch.allclose(model.weight.grad, fresh))
        sums.append(torch.allclose(model.weight.grad, total))
        before = model.weight.detach().clone()
        opt.step()
        used.append(torch.allclose(model.weight.detach(), before - 0.1 * model.weight.grad))
    return matches, sums, used


(bug, bug_sums, bug_used), (fix, _, _) = train(zero_grad_first=False), train(zero_grad_first=True)
print("without zero_grad(): .grad is this batch's gradient?", bug)
print("with zero_grad():    .grad is this batch's gradient?", fix)
assert bug == [True, False, False]  # claim: bug-piles-up
assert bug_sums == [True, True, True] and bug_used == [True, True, True]  # claim: bug-grad-is-sum
assert fix == [True, True, True]  # claim: bug-fix
