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
    setattr(model, attr, make())
    container = getattr(model, attr)
    try:
        has_forward = container(x).shape == (2, 4)
    except (NotImplementedError, TypeError):  # no forward(), or not callable at all
        has_forward = False
    assert isinstance(container[key], nn.Linear)
    keys = list(model.state_dict())
    rows[name] = (len(keys) > 0, has_forward, keys[0] if keys else None)
    print(f"| `{name}` | {mark[rows[name][0]]} | {mark[has_forward]} | `{attr}[{key!r}]` "
          f"| {f'`{keys[0]}`' if keys else '—'} |")

assert rows == {"list": (False, False, None), "nn.ModuleList": (True, False, "layers.0.weight"),
                "nn.Sequential": (True, True, "layers.0.weight"),
                "nn.ModuleDict": (True, False, "heads.cls.weight"), "dict": (False, False, None)}
