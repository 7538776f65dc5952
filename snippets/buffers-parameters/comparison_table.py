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
optimized = torch.optim.SGD(m.parameters(), lr=0.1).param_groups[0]["params"]
assert len(optimized) == 1 and optimized[0] is m.param  # claim: optimizer-sees-parameters
m.double()  # converts the floating-point tensors the module knows about
converted = {name for name in ways if getattr(m, name).dtype == torch.float64}
mark = {True: "✓", False: "✗"}
print("| Way | In parameters()? | In buffers()? | In state_dict()? | Converted by .double()? | requires_grad |")
print("|---|---|---|---|---|---|")
rows = {}
for name, way in ways.items():
    rows[name] = (name in params, name in bufs, name in keys, name in converted,
                  getattr(m, name).requires_grad)
    print(f"| `{way}` | " + " | ".join(mark[v] for v in rows[name][:4]) + f" | `{rows[name][4]}` |")

assert rows["param"] == (True, False, True, True, True)  # claim: param-row, only-param-grad
assert rows["buf"] == (False, True, True, True, False)  # claim: buffer-rows, only-param-grad
assert rows["scratch"] == (False, True, False, True, False)  # claim: buffer-rows, only-param-grad
assert rows["plain"] == (False, False, False, False, False)  # claim: plain-row, only-param-grad
