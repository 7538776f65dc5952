import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))
model.register_buffer("mask", torch.ones(3), persistent=False)
params = [p.data_ptr() for p in model.parameters()]
bn = model[1]
persistent = [bn.running_mean.data_ptr(), bn.running_var.data_ptr(), bn.num_batches_tracked.data_ptr()]
non_persistent = model.mask.data_ptr()
mark = lambda ok: "✓" if ok else "✗"

calls = {"parameters()": model.parameters, "named_parameters()": model.named_parameters,
         "buffers()": model.buffers, "named_buffers()": model.named_buffers,
         "state_dict()": model.state_dict,
         "state_dict(keep_vars=True)": lambda: model.state_dict(keep_vars=True)}
print("| method | names | parameters | persistent buffers | non-persistent buffers | requires_grad of parameter entries |")
print("|---|---|---|---|---|---|")
rows = {}
for label, call in calls.items():
    result = call()
    items = list(result.items()) if isinstance(result, dict) else list(result)
    named = all(isinstance(i, tuple) and isinstance(i[0], str) for i in items)
    tensors = [t for _, t in items] if named else items
    ptrs = {t.data_ptr() for t in tensors}
    grads = sorted({t.requires_grad for t in tensors if t.data_ptr() in params})  # [] when no parameter is in it
    rows[label] = (named, set(params) <= ptrs, set(persistent) <= ptrs, non_persistent in ptrs, grads)
    print(f"| `{label}` | {mark(named)} | {mark(rows[label][1])} | {mark(rows[label][2])} "
          f"| {mark(rows[label][3])} | `{grads}` |")

# claim: table-names
assert [r[0] for r in rows.values()] == [False, True, False, True, True, True]
# claim: table-contents
assert [r[1:4] for r in rows.values()] == [(True, False, False), (True, False, False), (False, True, True),
                                           (False, True, True), (True, True, False), (True, True, False)]
assert [r[4] for r in rows.values()] == [[True], [True], [], [], [False], [True]]  # claim: table-grad
