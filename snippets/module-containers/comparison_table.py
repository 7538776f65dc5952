import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 4)
makers = {  # container name -> (attribute name, how to build it, index to try)
    "list": ("layers", lambda: [nn.Linear(4, 4)], 0),
    "nn.ModuleList": ("layers", lambda: nn.ModuleList([nn.Linear(4, 4)]), 0),
    "nn.Sequential": ("layers", lambda: nn.Sequential(nn.Linear(4, 4)), 0),
    "nn.ModuleDict": ("heads", lambda: nn.ModuleDict({"cls": nn.Linear(4, 4)}), "cls"),
    "dict": ("heads", lambda: {"cls": nn.Linear(4, 4)}, "cls"),
}
print("| Container | Registers parameters? | Has forward()? | Indexing | state_dict key example |")
print("|---|---|---|---|---|")
rows = {}
mark = {True: "✓", False: "✗"}
for name, (attr, make, key) in makers.items():
    model = nn.Module()
    setattr(model, attr, make())  # assigning raises nothing, whatever the container
    container = getattr(model, attr)
    layer = container[key]
    assert isinstance(layer, nn.Linear)  # claim: table-indexing
    registered = [p for p in model.parameters()]
    registers = len(registered) == 2 and registered[0] is layer.weight and registered[1] is layer.bias
    try:
        has_forward = container(x).shape == (2, 4)
    except (NotImplementedError, TypeError):  # no forward(), or not callable at all
        has_forward = False
    first_key = list(model.state_dict())[:1]  # [] when state_dict() is empty
    rows[name] = (registers, has_forward, first_key)
    print(f"| `{name}` | {mark[registers]} | {mark[has_forward]} | `{attr}[{key!r}]` | `{first_key}` |")

assert [r[0] for r in rows.values()] == [False, True, True, True, False]  # claim: table-registers
assert [r[1] for r in rows.values()] == [False, False, True, False, False]  # claim: table-forward
# claim: table-keys
assert [r[2] for r in rows.values()] == [[], ["layers.0.weight"], ["layers.0.weight"], ["heads.cls.weight"], []]
