import torch
import torch.nn as nn
from torch.nn.modules.module import register_module_forward_hook

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
x = torch.randn(4, 3, requires_grad=True)
calls = []


def counter(name):  # a hook that only records that it ran
    return lambda *args: calls.append(name)


hooks = {  # row label -> handle
    "model.register_forward_pre_hook": model.register_forward_pre_hook(counter("pre")),
    "model.register_forward_hook": model.register_forward_hook(counter("fwd")),
    "model.register_full_backward_pre_hook": model.register_full_backward_pre_hook(counter("bpre")),
    "model.register_full_backward_hook": model.register_full_backward_hook(counter("bwd")),
    "model[0].register_forward_hook": model[0].register_forward_hook(counter("child")),
    "torch.nn.modules.module.register_module_forward_hook": register_module_forward_hook(counter("global")),
}
seen = {}
for way, run in {"call": lambda: model(x), "forward": lambda: model.forward(x)}.items():
    calls.clear()
    run().sum().backward()
    seen[way] = {key: calls.count(key) for key in ("pre", "fwd", "bpre", "bwd", "child", "global")}
for handle in hooks.values():
    handle.remove()  # a global hook would otherwise stay on every module of the process

print("| Hook | Calls in model(x).sum().backward() | Calls in model.forward(x).sum().backward() |\n|---|---|---|")
for label, key in zip(hooks, seen["call"]):
    print(f"| `{label}` | {seen['call'][key]} | {seen['forward'][key]} |")
# claim: table-own-hooks
assert all(seen["call"][k] == 1 and seen["forward"][k] == 0 for k in ("pre", "fwd", "bpre", "bwd"))
assert seen["call"]["child"] == seen["forward"]["child"] == 1  # claim: table-child-hook
assert seen["call"]["global"] == 3 and seen["forward"]["global"] == 2  # claim: table-global-hook
