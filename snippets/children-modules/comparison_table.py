import torch
import torch.nn as nn

torch.manual_seed(0)
shared = nn.Linear(4, 4)
net = nn.Module()  # a model with a nested block and one layer stored under two names
net.encoder = nn.Sequential(nn.Linear(4, 4), nn.ReLU())
net.a, net.b = shared, shared
net.head = nn.Linear(4, 2)

calls = {
    "net.children()": lambda: net.children(),
    "net.named_children()": lambda: net.named_children(),
    "net.modules()": lambda: net.modules(),
    "net.named_modules()": lambda: net.named_modules(),
    "net.modules(remove_duplicate=False)": lambda: net.modules(remove_duplicate=False),
    "net.named_modules(remove_duplicate=False)": lambda: net.named_modules(remove_duplicate=False),
}
print("| Call | Items | Yields (name, module)? | Includes net? | Includes encoder[0]? | Times shared appears |")
print("|---|---|---|---|---|---|")
rows = {}
for call, fn in calls.items():
    items = list(fn())
    named = all(isinstance(item, tuple) for item in items)
    modules = [m for _, m in items] if named else items
    rows[call] = (len(items), named, any(m is net for m in modules),
                  any(m is net.encoder[0] for m in modules), sum(m is shared for m in modules))
    n, nm, top, deep, times = rows[call]
    mark = {True: "✓", False: "✗"}
    print(f"| `{call}` | {n} | {mark[nm]} | {mark[top]} | {mark[deep]} | {times} |")

assert rows["net.children()"] == (3, False, False, False, 1)  # claim: table-children
assert list(net.children()) == [net.encoder, shared, net.head]  # claim: table-children
assert rows["net.named_children()"] == (3, True, False, False, 1)  # claim: table-children
assert rows["net.modules()"] == (6, False, True, True, 1)  # claim: table-modules
assert list(net.modules()) == [net, net.encoder, *net.encoder, shared, net.head]  # claim: table-modules
assert rows["net.named_modules()"] == (6, True, True, True, 1)  # claim: table-modules
assert rows["net.modules(remove_duplicate=False)"] == (7, False, True, True, 2)  # claim: table-no-dedup
assert rows["net.named_modules(remove_duplicate=False)"] == (7, True, True, True, 2)  # claim: table-no-dedup
