import torch
import torch.nn.functional as F

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
other = device if device == "cuda" else "meta"  # without a GPU, "meta" stands in for a second device
a, A, target = torch.rand(3), torch.rand(3, 3), torch.tensor([0, 2, 1])  # on the CPU
b, B = torch.rand(3, device=other), torch.rand(3, 3, device=other)
model = torch.nn.Linear(3, 3).to(other)
calls = {
    "a + b": lambda: a + b,
    "torch.cat([a, b])": lambda: torch.cat([a, b]),
    "model(A)": lambda: model(A),
    "F.cross_entropy(model(B), target)": lambda: F.cross_entropy(model(B), target),
    "torch.mm(A, B)": lambda: torch.mm(A, B),
    "b + torch.tensor(2.0)": lambda: b + torch.tensor(2.0),  # a 0-d CPU tensor
    "model(A.to(model.weight.device))": lambda: model(A.to(model.weight.device)),
}
print("| Call | Raises? | Result device |")
print("|---|---|---|")
raised = set()
for call, run in calls.items():
    try:
        where = f"`{run().device.type}`"
    except RuntimeError:
        raised.add(call)
        where = "—"
    print(f"| `{call}` | {'✓' if call in raised else '✗'} | {where} |")
if other == "meta":
    assert raised == set(list(calls)[:4])  # claim: table-meta
    assert torch.mm(A, B).device.type == "cpu"  # claim: mm-meta-silent
    assert b.device.type == "meta" and (b + torch.tensor(2.0)).device.type == "meta"  # claim: scalar-meta
else:
    assert raised == set(list(calls)[:5])  # claim: table-cuda
    assert (b + torch.tensor(2.0)).device.type == "cuda"  # claim: scalar-cuda
assert model(A.to(model.weight.device)).device == model.weight.device  # claim: table-fix
