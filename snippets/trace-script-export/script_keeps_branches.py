import warnings

import torch

torch.manual_seed(0)


class Branchy(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x * 2
        return x - 1

class Kwargs(torch.nn.Module):
    def forward(self, x, **options):  # fine in Python, not in TorchScript
        return x * 2


pos, neg = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([-1.0, -2.0, -3.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scripted = torch.jit.script(Branchy())  # compiles the source: no example input
print(scripted.code)
print("scripted(pos):", scripted(pos), "  scripted(neg):", scripted(neg))
print("warnings:", sorted({w.category.__name__ for w in caught}))
assert "if bool(" in scripted.code and "torch.mul" in scripted.code and "torch.sub" in scripted.code  # claim: script-keeps-if
assert torch.equal(scripted(pos), pos * 2) and torch.equal(scripted(neg), neg - 1)  # claim: script-right-both
assert {w.category for w in caught} == {DeprecationWarning}  # claim: script-only-deprecation

with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    try:
        torch.jit.script(Kwargs())
    except torch.jit.frontend.NotSupportedError as error:
        print(f"NotSupportedError: {str(error).splitlines()[0]}")
        assert "can't take variable number of arguments" in str(error)  # claim: script-refuses-kwargs
    else:
        raise AssertionError("scripting a forward(**options) should raise")
    traced = torch.jit.trace(Kwargs(), pos)  # trace only runs forward(): it never reads the source
assert torch.equal(traced(neg), neg * 2)  # claim: trace-accepts-kwargs
