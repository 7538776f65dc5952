import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.rand(64, 1) * 2 - 1
y = 3 * x.squeeze(1) + 1 + 0.1 * torch.randn(64)  # targets: a vector of shape (64,)


def train(fix):
    torch.manual_seed(0)
    model = nn.Linear(1, 1)  # outputs shape (64, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(200):
            output = model(x)
            loss = nn.MSELoss()(output.squeeze(1) if fix else output, y)  # fix: squeeze(1)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return model, len(caught)


assert nn.Linear(1, 1)(x).shape == (64, 1) and y.shape == (64,)  # claim: linear-column
for fix in [False, True]:
    model, warned = train(fix)
    print(f"fix={fix}: weight {model.weight.item():.4f}, bias {model.bias.item():.4f}, warnings: {warned}")
    if not fix:  # the bug: a constant model, weight 0 and bias the mean of y
        # claim: bug-learns-constant
        assert abs(model.weight.item()) < 1e-3 and abs(model.bias.item() - y.mean().item()) < 1e-3
        assert warned == 200  # claim: warns-every-step
    else:
        assert abs(model.weight.item() - 3) < 0.05 and abs(model.bias.item() - 1) < 0.05 and warned == 0  # claim: fix-learns
print(f"mean of the targets: {y.mean().item():.4f}")
