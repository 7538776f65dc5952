import torch
import torch.nn as nn

torch.manual_seed(0)


class ListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4), nn.Linear(4, 2)]  # a plain Python list


m = ListNet()
print("parameters():", list(m.parameters()))
print("state_dict():", dict(m.state_dict()))
assert list(m.parameters()) == [] and len(m.state_dict()) == 0

m.double()  # .to() / .double() walk registered modules only
print("layer dtype after .double():", m.layers[0].weight.dtype)
assert m.layers[0].weight.dtype == torch.float32

try:
    torch.optim.SGD(m.parameters(), lr=0.1)
except ValueError as error:
    print(f"ValueError: {error}")
    assert "empty parameter list" in str(error)
else:
    raise AssertionError("an optimizer with no parameters should raise")
