import torch


class Block(torch.nn.Module):
    """A pre-activation residual block: relu, then linear, plus the skip connection."""

    def __init__(self, inplace):
        super().__init__()
        self.relu, self.linear = torch.nn.ReLU(inplace=inplace), torch.nn.Linear(4, 4)

    def forward(self, x):
        return self.linear(self.relu(x)) + x  # the skip connection reuses x


torch.manual_seed(0)
x = torch.randn(3, 4)
reference, block = Block(inplace=False), Block(inplace=True)
block.load_state_dict(reference.state_dict())  # the same weights
expected = reference(x.clone())


def check(model):
    batch = x.clone()
    same = torch.allclose(model(batch), expected)  # no error is raised either way
    return same, torch.equal(batch, x)


print("bug, inplace=True:  same output, caller's batch intact =", check(block))
assert check(block) == (False, False)  # "+ x" saw the zeroed x, and the caller's batch changed
block.relu = torch.nn.ReLU()           # the fix: x is still needed after the ReLU
print("fix, inplace=False: same output, caller's batch intact =", check(block))
assert check(block) == (True, True)
