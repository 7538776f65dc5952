import torch
import torch.nn as nn

torch.manual_seed(0)
x, y = torch.tensor([[1.0]]), torch.tensor([[0.0]])  # one sample, label 0


def train(model_ends_in_sigmoid):
    w = torch.tensor([[30.0]], requires_grad=True)  # starts confidently wrong
    optimizer = torch.optim.SGD([w], lr=5.0)
    for _ in range(10):
        logit = x @ w
        if model_ends_in_sigmoid:  # bug: sigmoid in the model, BCELoss outside
            loss = nn.BCELoss()(torch.sigmoid(logit), y)
        else:                      # fix: the model returns logits
            loss = nn.BCEWithLogitsLoss()(logit, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return w.item(), loss.item()


stuck = train(model_ends_in_sigmoid=True)
fixed = train(model_ends_in_sigmoid=False)
print("sigmoid + BCELoss:  w = %g, last loss = %g" % stuck)
print("BCEWithLogitsLoss:  w = %g, last loss = %g" % fixed)
assert stuck == (30.0, 100.0)  # zero gradient: ten steps, no movement
assert fixed[0] < 0 and fixed[1] < 0.1
