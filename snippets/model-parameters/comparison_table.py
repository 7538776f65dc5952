import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))
model.register_buffer("mask", torch.ones(3), persistent=False)
params = [p.data_ptr() for p in model.parameters()]
persistent = [model[1].running_mean.data_ptr(), model[1].running_var.data_ptr()]
non_persistent = model.mask.data_ptr()
mark = lambda ok: "✓" if ok else "✗"

calls = {"parameters()": model.parameters, "named_parameters()": model.named_parameters,
         "buffers()": model.buffers, "named_buffers()": model.named_buffers,
         "state_dict()": model.state_dict,
         "state_dict(keep_vars=True)": lambda: model.state_dict(keep_vars=True)}
print("| method | names | parameters | persistent buffers | non-persistent buffers | requires_grad of parameters |")
print("|---|---|---|---|---|---|")
for label, call in calls.items():
    result = call()
    items = list(result.items()) if isinstance(result, dict) else list(result)
    named = isinstance(items[0], tuple)
    tensors = [t for _, t in items] if named else items
    ptrs = {t.data_ptr() for t in tensors}
    has_params = set(params) <= ptrs
    grads = {t.requires_grad for t in tensors if t.data_ptr() in params}
    grad = mark(grads == {True}) if has_params else "—"
    print(f"| `{label}` | {mark(named)} | {mark(has_params)} | {mark(set(persistent) <= ptrs)} "
          f"| {mark(non_persistent in ptrs)} | {grad} |")
