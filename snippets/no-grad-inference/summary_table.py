import contextlib

import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.5))
x, ones = torch.randn(2, 4), torch.ones(1000)
plain = contextlib.nullcontext
cases = {  # row: (a setting applied to the model, a context around the forward pass)
    "model(x)": (None, plain), "torch.no_grad()": (None, torch.no_grad),
    "torch.inference_mode()": (None, torch.inference_mode), "model.eval()": (model.eval, plain),
    "model.requires_grad_(False)": (lambda: model.requires_grad_(False), plain),
}
mark, rows = {True: "✓", False: "✗"}, {}
print("| Context | Output requires_grad | Inference tensor | training changed | Dropout zeroes entries |")
print("|---|---|---|---|---|")
for name, (setting, context) in cases.items():
    model.train().requires_grad_(True)  # every row starts from the default state
    before = model.training
    if setting:
        setting()
    with context():
        out = model(x)
        rows[name] = (out.requires_grad, out.is_inference(),
                      model.training != before, bool((model[1](ones) == 0).any()))
    print(f"| `{name}` | " + " | ".join(mark[v] for v in rows[name]) + " |")

assert rows["model(x)"] == (True, False, False, True)  # claim: table-default
assert rows["torch.no_grad()"] == (False, False, False, True)  # claim: contexts-keep-mode
assert rows["torch.inference_mode()"] == (False, True, False, True)  # claim: contexts-keep-mode
assert rows["model.eval()"] == (True, False, True, False)  # claim: eval-keeps-grad
assert rows["model.requires_grad_(False)"] == (False, False, False, True)  # claim: freeze-keeps-mode
