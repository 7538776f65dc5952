import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)
ops = {
    "clone()": lambda t: t.clone(),
    "detach()": lambda t: t.detach(),
    "detach().clone()": lambda t: t.detach().clone(),
    "detach_()": lambda t: t.detach_(),
}
mark = {True: "✓", False: "✗"}
rows = {}
print("| Operation | Separate memory? | Still in the graph? |")
print("|---|---|---|")
for name, op in ops.items():
    source = x * 2  # a fresh non-leaf for every operation
    storage = source.untyped_storage().data_ptr()
    result = op(source)
    rows[name] = (result.untyped_storage().data_ptr() != storage, result.grad_fn is not None)
    print(f"| `{name}` | {mark[rows[name][0]]} | {mark[rows[name][1]]} |")

# claim: table-rows
assert rows == {"clone()": (True, True), "detach()": (False, False),
                "detach().clone()": (True, False), "detach_()": (False, False)}
