import torch
import torch.nn as nn

torch.manual_seed(0)


class ListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4), nn.Linear(4, 2)]  # a plain Python list: no error here


m = ListNet()
print("parameters():", list(m.parameters()))
print("state_dict():", dict(m.state_dict()))
assert list(m.parameters()) == [] and len(m.state_dict()) == 0  # claim: list-invisible

m.double()  # .double() / .to() walk registered modules only
print("layer dtype after .double():", m.layers[0].weight.dtype)
m.to(torch.float64)
m.to("meta")  # a device move skips them too
print("after .to(torch.float64) and .to('meta'):", m.layers[0].weight.dtype, m.layers[0].weight.device)
assert m.layers[0].weight.dtype == torch.float32  # claim: list-not-converted
assert m.layers[0].weight.device.type == "cpu"  # claim: list-not-converted

try:
    torch.optim.SGD(m.parameters(), lr=0.1)
except ValueError as error:
    print(f"ValueError: {error}")
    assert "empty parameter list" in str(error)  # claim: empty-optimizer-raises
else:
    raise AssertionError("an optimizer with no parameters should raise")

m.head = nn.Linear(2, 1)  # a module assigned directly is registered
assert [p is q for p, q in zip(m.parameters(), m.head.parameters())] == [True, True]  # claim: attr-registers
optimizer = torch.optim.SGD(m.parameters(), lr=0.1)  # now it builds, with head's two parameters only
assert len(optimizer.param_groups[0]["params"]) == 2  # claim: optimizer-builds
