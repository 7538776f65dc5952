import torch

torch.manual_seed(0)
w = torch.rand(3, requires_grad=True)
batches = [torch.rand(3) for _ in range(4)]

running_bug, running_fix = 0, 0.0
for x in batches:
    loss = (w * x).sum()
    running_bug += loss         # bug: a tensor that keeps every step's graph alive
    running_fix += loss.item()  # fix: a plain Python float

print("bug:", type(running_bug).__name__, "with grad_fn", type(running_bug.grad_fn).__name__)
print("fix:", type(running_fix).__name__, round(running_fix, 4))
assert isinstance(running_bug, torch.Tensor) and running_bug.grad_fn is not None  # claim: bug-total-tensor
assert isinstance(running_fix, float)  # claim: fix-total-float
assert abs(running_bug.item() - running_fix) < 1e-5  # claim: totals-same-value

running_bug.backward()  # the tensor total still reaches back through all four steps
assert torch.allclose(w.grad, sum(batches))  # claim: bug-keeps-graphs
