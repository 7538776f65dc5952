import torch
import torch.nn.functional as F


class Block(torch.nn.Module):
    """A pre-activation residual block: relu, then linear, plus the skip connection."""

    def __init__(self, inplace):
        super().__init__()
        self.relu, self.linear = torch.nn.ReLU(inplace=inplace), torch.nn.Linear(4, 4)

    def forward(self, x):
        return self.linear(self.relu(x)) + x  # the skip connection reuses x


torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True).clone()  # not a leaf, like a layer's input
reference, block = Block(inplace=False), Block(inplace=True)
block.load_state_dict(reference.state_dict())  # the same weights
expected = reference(x.clone())


def check(model):
    batch = x.clone()
    out = model(batch)
    out.sum().backward()  # no error is raised either way
    return torch.allclose(out, expected), torch.equal(batch, x), out


same, intact, out = check(block)
print("bug, inplace=True:  same output, caller's batch intact =", (same, intact))
assert (same, intact) == (False, False)  # claim: skip-silent-wrong, caller-batch-changed
assert torch.allclose(out, block.linear(F.relu(x)) + F.relu(x))  # claim: skip-adds-activated
block.relu = torch.nn.ReLU()  # the fix: x is still needed after the ReLU
same, intact, out = check(block)
print("fix, inplace=False: same output, caller's batch intact =", (same, intact))
assert (same, intact) == (True, True)  # claim: fix-out-of-place
