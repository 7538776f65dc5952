import torch
import torch.nn as nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self, container):
        super().__init__()
        self.hidden = container([nn.Linear(4, 4), nn.Linear(4, 4)])  # list or ModuleList
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        for layer in self.hidden:
            x = torch.relu(layer(x))
        return self.head(x)


x, y = torch.randn(16, 4), torch.randn(16, 1)
for container in [list, nn.ModuleList]:  # the bug, then the fix
    model = Net(container)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # no error in either case
    before = model.hidden[0].weight.detach().clone()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    changed = not torch.equal(model.hidden[0].weight, before)
    print(f"{container.__name__:10} parameters: {len(list(model.parameters()))}, "
          f"hidden grad arrived: {model.hidden[0].weight.grad is not None}, "
          f"hidden weight changed by step(): {changed}")
    fixed = container is nn.ModuleList
    assert len(list(model.parameters())) == (6 if fixed else 2)  # claim: bug-optimizer-count
    assert model.hidden[0].weight.grad is not None  # claim: bug-grad-arrives
    assert changed == fixed  # claim: bug-step-skips
    assert ("hidden.0.weight" in model.state_dict()) == fixed  # claim: bug-checkpoint
    model.to(torch.float64)
    assert (model.hidden[0].weight.dtype == torch.float64) == fixed  # claim: bug-to
