import copy

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x, target = torch.randn(8, 16), torch.randint(0, 4, (8,))
base = torch.nn.Linear(16, 4)  # one layer; each row gets a copy of it
approaches = {  # name: (dtype of the parameters and inputs, autocast dtype or None)
    "float32": (torch.float32, None),
    "model.half()": (torch.float16, None),
    "model.bfloat16()": (torch.bfloat16, None),
    'autocast("cpu", dtype=torch.float16)': (torch.float32, torch.float16),
    'autocast("cpu", dtype=torch.bfloat16)': (torch.float32, torch.bfloat16),
}
print("| Approach | Parameter dtype | Linear output dtype | cross_entropy dtype | Largest finite value |")
print("|---|---|---|---|---|")
rows = {}
for name, (dtype, low) in approaches.items():
    model = copy.deepcopy(base).to(dtype)
    with torch.autocast("cpu", dtype=low or torch.bfloat16, enabled=low is not None):
        logits = model(x.to(dtype))
        loss = F.cross_entropy(logits, target)
    rows[name] = (model.weight.dtype, logits.dtype, loss.dtype)
    top = torch.finfo(logits.dtype).max
    print(f"| `{name}` | `{model.weight.dtype}` | `{logits.dtype}` | `{loss.dtype}` | {top:g} |")

assert rows["float32"] == (torch.float32,) * 3  # claim: table-float32
assert rows["model.half()"] == (torch.float16,) * 3  # claim: half-all-float16
assert rows["model.bfloat16()"] == (torch.bfloat16,) * 3  # claim: half-all-float16
for low in (torch.float16, torch.bfloat16):  # autocast: float32 weights, low-precision output, float32 loss
    assert rows[f'autocast("cpu", dtype={low})'] == (torch.float32, low, torch.float32)  # claim: autocast-rows
assert torch.finfo(torch.float16).max == 65504 < torch.finfo(torch.bfloat16).max  # claim: float16-max
