import torch
import torch.nn as nn

torch.manual_seed(0)
x, y = torch.tensor([[1.0]]), torch.tensor([[0.0]])  # one sample, label 0


def train(model_ends_in_sigmoid):
    w = torch.tensor([[30.0]], requires_grad=True)  # starts confidently wrong
    optimizer, grads = torch.optim.SGD([w], lr=5.0), []
    for _ in range(10):
        logit = x @ w
        if model_ends_in_sigmoid:  # bug: sigmoid in the model, BCELoss outside
            loss = nn.BCELoss()(torch.sigmoid(logit), y)
        else:                      # fix: the model returns logits
            loss = nn.BCEWithLogitsLoss()(logit, y)
        optimizer.zero_grad()
        loss.backward()
        grads.append(w.grad.item())
        optimizer.step()
    return w.item(), loss.item(), grads


*stuck, stuck_grads = train(model_ends_in_sigmoid=True)
*fixed, _ = train(model_ends_in_sigmoid=False)
print("sigmoid + BCELoss:  w = %g, last loss = %g" % tuple(stuck))
print("BCEWithLogitsLoss:  w = %g, last loss = %g" % tuple(fixed))
assert stuck == [30.0, 100.0] and stuck_grads == [0.0] * 10  # claim: stuck
assert fixed[0] < 0 and fixed[1] < 0.1  # claim: fix-trains
