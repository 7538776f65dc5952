import warnings

import torch

torch.manual_seed(0)


class Branchy(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:  # the tracer turns this tensor into a Python bool
            return x * 2
        return x - 1


pos, neg = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([-1.0, -2.0, -3.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    on_pos = torch.jit.trace(Branchy(), pos)  # warns, does not raise
    on_neg = torch.jit.trace(Branchy(), neg)
tracer = [w for w in caught if issubclass(w.category, torch.jit.TracerWarning)]
print(f"TracerWarning: {tracer[0].message}")
print("traced with pos:", on_pos.code)
print("traced with neg:", on_neg.code)
assert "Converting a tensor to a Python boolean might cause the trace to be incorrect" in str(tracer[0].message)  # claim: tracer-warning
assert "treated as a constant" in str(tracer[0].message)  # claim: tracer-warning
assert "might not generalize to other inputs" in str(tracer[0].message)  # claim: tracer-warning
# claim: trace-one-branch
assert "if" not in on_pos.code and "torch.mul" in on_pos.code and "torch.sub" not in on_pos.code
# claim: trace-example-decides
assert "if" not in on_neg.code and "torch.sub" in on_neg.code and "torch.mul" not in on_neg.code
