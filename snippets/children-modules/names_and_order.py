import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential()
net.add_module("encoder", nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU()))
net.add_module("head", nn.Linear(8, 2))

print("named_children():", [name for name, _ in net.named_children()])
print("named_modules(): ", [name for name, _ in net.named_modules()])
assert [name for name, _ in net.named_children()] == ["encoder", "head"]  # claim: children-direct
# claim: modules-dotted
assert [name for name, _ in net.named_modules()] == ["", "encoder", "encoder.0", "encoder.1", "encoder.2",
                                                     "encoder.3", "head"]
assert [m for _, m in net.named_modules()] == list(net.modules())  # claim: named-same-modules
assert [m for _, m in net.named_children()] == list(net.children())  # claim: named-same-modules
assert next(net.modules()) is net and next(net.named_modules()) == ("", net)  # claim: modules-self-first
for name, module in net.named_modules():  # each name is the path get_submodule() understands
    assert net.get_submodule(name) is module  # claim: names-resolve
print("net.get_submodule('encoder.2'):", net.get_submodule("encoder.2"))
# children() is the first level of modules(): each child's own modules() make up the rest
rest = [m for child in net.children() for m in child.modules()]
assert [m for m in net.modules()][1:] == rest  # claim: modules-depth-first
# ... as long as no module is shared between children: modules() lists a shared layer once, the children twice
shared = nn.Linear(2, 2)
tied = nn.Sequential(nn.Sequential(shared), nn.Sequential(shared))
rest = [m for child in tied.children() for m in child.modules()]
assert list(tied.modules())[1:] == [tied[0], shared, tied[1]] and rest == [tied[0], shared, tied[1], shared]  # claim: modules-depth-first
