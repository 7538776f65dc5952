import torch
import torch.nn as nn

torch.manual_seed(0)
shared = nn.Linear(4, 4)
net = nn.Sequential(shared, nn.ReLU(), shared)  # the same layer used twice: tied weights
twins = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 4))  # two equal-looking, distinct layers

print("named_modules():                      ", [n for n, _ in net.named_modules()])
print("named_modules(remove_duplicate=False):", [n for n, _ in net.named_modules(remove_duplicate=False)])
assert [n for n, _ in net.named_modules()] == ["", "0", "1"]  # claim: shared-once
assert [n for n, _ in net.named_children()] == ["0", "1"] and len(list(net.children())) == 2  # claim: shared-once
assert [n for n, _ in net.named_modules(remove_duplicate=False)] == ["", "0", "1", "2"]  # claim: no-dedup-twice
assert sum(m is shared for m in net.modules(remove_duplicate=False)) == 2  # claim: no-dedup-twice
assert [n for n, _ in twins.named_modules()] == ["", "0", "1", "2"]  # claim: dedup-by-identity
assert len(net) == 3 and "(2): Linear" in repr(net)  # claim: print-shows-both

for method in (net.children, net.named_children):  # these two have no such switch
    try:
        method(remove_duplicate=False)
    except TypeError as error:
        print(f"TypeError: {error}")
        assert "unexpected keyword argument 'remove_duplicate'" in str(error)  # claim: children-no-switch
    else:
        raise AssertionError(f"{method.__name__}() should not take remove_duplicate")
