import torch
import torch.nn as nn

torch.manual_seed(0)


class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.param = nn.Parameter(torch.zeros(2))
        self.register_buffer("buf", torch.zeros(2))
        self.register_buffer("scratch", torch.zeros(2), persistent=False)
        self.plain = torch.zeros(2)


ways = {"param": "nn.Parameter(t)", "buf": "register_buffer(name, t)",
        "scratch": "register_buffer(name, t, persistent=False)", "plain": "self.name = t"}
m = Holder()
params, bufs = dict(m.named_parameters()), dict(m.named_buffers())
keys = m.state_dict().keys()
m.double()  # converts what the module knows about; .to(device) moves the same set
moved = {name for name in ways if getattr(m, name).dtype == torch.float64}
mark = {True: "✓", False: "✗"}
print("| Way | In parameters()? | In buffers()? | In state_dict()? | Moved by .to()/.double()? | requires_grad |")
print("|---|---|---|---|---|---|")
rows = {}
for name, way in ways.items():
    rows[name] = (name in params, name in bufs, name in keys, name in moved,
                  getattr(m, name).requires_grad)
    print(f"| `{way}` | " + " | ".join(mark[v] for v in rows[name][:4]) + f" | `{rows[name][4]}` |")

assert rows == {"param": (True, False, True, True, True), "buf": (False, True, True, True, False),
                "scratch": (False, True, False, True, False), "plain": (False, False, False, False, False)}
