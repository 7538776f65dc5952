import warnings

import torch

torch.manual_seed(0)


class Branchy(torch.nn.Module):  # bug: a Python `if` on a tensor's value
    def forward(self, x):
        if x.sum() > 0:
            return x * 2
        return x - 1


class Branchless(torch.nn.Module):  # fix: compute both, let torch.where choose
    def forward(self, x):
        return torch.where(x.sum() > 0, x * 2, x - 1)


def trace(model, example):  # returns the traced model and whether a TracerWarning came
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        traced = torch.jit.trace(model, example)
    return traced, any(issubclass(w.category, torch.jit.TracerWarning) for w in caught)


pos, neg = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([-1.0, -2.0, -3.0])
(buggy, buggy_warned), (fixed, fixed_warned) = trace(Branchy(), pos), trace(Branchless(), pos)
with warnings.catch_warnings(record=True) as at_call:
    warnings.simplefilter("always")
    wrong, right = buggy(neg), fixed(neg)  # neg takes the other branch
print("eager(neg):", Branchy()(neg))
print("buggy(neg):", wrong)
print("fixed(neg):", right)
print("TracerWarning while tracing: buggy", buggy_warned, "fixed", fixed_warned)
assert torch.equal(wrong, neg * 2) and not torch.equal(wrong, Branchy()(neg))  # claim: trace-wrong-neg
assert not at_call  # claim: trace-silent-call
assert torch.equal(fixed(pos), pos * 2) and torch.equal(right, neg - 1)  # claim: where-traces-right
assert buggy_warned and not fixed_warned  # claim: where-no-tracer-warning
