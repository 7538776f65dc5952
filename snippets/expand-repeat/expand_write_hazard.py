import torch

torch.manual_seed(0)
x = torch.zeros(2, 1)
e = x.expand(2, 3)  # each row is one memory location, seen three times
assert e[0, 0].data_ptr() == e[0, 1].data_ptr() == e[0, 2].data_ptr() != e[1, 0].data_ptr()  # claim: row-one-location
refused = {"e.add_(1)": lambda: e.add_(1), "e.mul_(2)": lambda: e.mul_(2),
           "e.copy_(ones)": lambda: e.copy_(torch.ones(2, 3)), "e[0] = 5.0": lambda: e.__setitem__(0, 5.0)}
for name, write in refused.items():
    try:
        write()
    except RuntimeError as error:
        message = str(error)
        assert "more than one element of the written-to tensor" in message  # claim: overlap-refused
    else:
        raise AssertionError(f"{name} on an expanded tensor should raise")
print(f"refused: {', '.join(refused)}\nRuntimeError: {message}")
assert "Please clone()" in message  # claim: error-suggests-clone
assert torch.equal(x, torch.zeros(2, 1))  # claim: refused-untouched

e[0, 0] = 5.0  # the target is one element: no overlap, no error...
print("after e[0, 0] = 5.0:  e[0] =", e[0].tolist(), " x =", x.flatten().tolist())
assert e[0, 0].numel() == 1 and e[0].stride() == (0,)  # claim: target-decides
assert e[0].tolist() == [5.0, 5.0, 5.0] and x[0, 0].item() == 5.0  # claim: single-write-spreads
e.fill_(2.0)  # fill_ and zero_ skip the check
print("after e.fill_(2.0):   x =", x.flatten().tolist())
assert x.flatten().tolist() == [2.0, 2.0]  # claim: fill-goes-through
e.zero_()
assert x.flatten().tolist() == [0.0, 0.0]  # claim: fill-goes-through

safe = x.expand(2, 3).clone()  # the fix: materialise first, then write
safe[1, 0] = 7.0
safe.add_(1)
print("clone, then write:    safe =", safe.tolist(), " x =", x.flatten().tolist())
assert safe.tolist() == [[1.0, 1.0, 1.0], [8.0, 1.0, 1.0]] and x.flatten().tolist() == [0.0, 0.0]  # claim: clone-fix
assert x.repeat(1, 3).add_(1).tolist() == [[1.0] * 3] * 2 and x.sum().item() == 0.0  # claim: clone-fix
