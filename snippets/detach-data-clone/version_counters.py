import torch

torch.manual_seed(0)
w = torch.rand(3, requires_grad=True)
d = w.detach()  # shares w's version counter
print("start:                w._version =", w._version)

edits = {"d.add_(1)": lambda: d.add_(1.0), "d.mul_(2)": lambda: d.mul_(2.0),
         "d.zero_()": lambda: d.zero_(), "d[0] = 5": lambda: d.__setitem__(0, 5.0),
         "d.copy_(ones)": lambda: d.copy_(torch.ones(3))}
for name, edit in edits.items():
    before = w._version
    edit()
    print(f"after {name + ':':<15} w._version =", w._version)
    assert w._version == d._version == before + 1  # claim: inplace-bumps, detach-shared-counter
_ = d + 1  # out of place: no bump
assert w._version == 5  # claim: out-of-place-no-bump

v = w.data  # a counter of its own
v.add_(1.0)
print("after w.data.add_(1): w._version =", w._version, " v._version =", v._version)
assert w._version == 5 and v._version == 1  # claim: data-own-counter
print("w =", w.detach())  # the edit landed in w's memory all the same
assert v.data_ptr() == w.data_ptr() and torch.equal(w.detach(), torch.full((3,), 2.0))  # claim: data-shares
assert torch.Tensor._version.__doc__ is None  # claim: version-undocumented
