import torch
import torch.nn as nn


class Buggy(nn.Module):
    def forward(self, x):
        return nn.Linear(4, 2)(x)  # bug: a new layer, with new random weights, at every call


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)  # fix: built once, registered, trained

    def forward(self, x):
        return self.fc(x)


torch.manual_seed(0)
x = torch.randn(3, 4)
buggy, fixed = Buggy(), Fixed()
print("Buggy parameters:", len(list(buggy.parameters())), "| Fixed parameters:", len(list(fixed.parameters())))
assert len(list(buggy.parameters())) == 0 and len(buggy.state_dict()) == 0  # claim: bug-no-parameters
assert not torch.equal(buggy(x), buggy(x))  # claim: bug-output-changes
try:
    torch.optim.SGD(buggy.parameters(), lr=0.1)
except ValueError as error:
    print(f"ValueError: {error}")
    assert "optimizer got an empty parameter list" in str(error)  # claim: bug-optimizer-refuses
else:
    raise AssertionError("an optimizer over no parameters should raise")

assert list(fixed.state_dict()) == ["fc.weight", "fc.bias"]  # claim: fix-registered
assert torch.equal(fixed(x), fixed(x))  # claim: fix-same-output
optimizer = torch.optim.SGD(fixed.parameters(), lr=0.1)
assert len(optimizer.param_groups[0]["params"]) == 2  # claim: fix-registered
