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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    before = model.hidden[0].weight.detach().clone()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    changed = not torch.equal(model.hidden[0].weight, before)
    print(f"{container.__name__:10} parameters: {len(list(model.parameters()))}, "
          f"hidden grad arrived: {model.hidden[0].weight.grad is not None}, "
          f"hidden weight changed by step(): {changed}")
    assert len(list(model.parameters())) == (6 if container is nn.ModuleList else 2)
    assert model.hidden[0].weight.grad is not None  # autograd still reached it
    assert changed == (container is nn.ModuleList)  # but only the fix trains it
