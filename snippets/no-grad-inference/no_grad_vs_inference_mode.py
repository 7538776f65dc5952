import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 3)
x = torch.randn(2, 3)

with torch.no_grad():
    a = model(x)
with torch.inference_mode():
    b = model(x)

for name, out in [("no_grad", a), ("inference_mode", b)]:
    print(f"{name:14}  requires_grad={out.requires_grad}  grad_fn={out.grad_fn}"
          f"  is_inference={out.is_inference()}")
assert model.weight.requires_grad  # claim: no-graph
assert not a.requires_grad and a.grad_fn is None and not b.requires_grad and b.grad_fn is None  # claim: no-graph
assert not a.is_inference() and b.is_inference()  # claim: inference-tensor
assert torch.equal(a, b) and torch.equal(a, model(x).detach())  # claim: same-numbers

# A no_grad output is an ordinary tensor: later it can feed a tracked computation
model(a).sum().backward()
print("gradient through model(a):", model.weight.grad is not None)
assert model.weight.grad is not None  # claim: no-grad-ordinary

# The chart's MLP: the three ways give equal outputs at every batch size it times
mlp = torch.nn.Sequential(torch.nn.Linear(256, 256), torch.nn.ReLU(), torch.nn.Linear(256, 256))
for n in [1, 10, 100, 1_000]:
    batch = torch.randn(n, 256)
    with torch.no_grad():
        a = mlp(batch)
    with torch.inference_mode():
        b = mlp(batch)
    assert torch.equal(a, b) and torch.equal(a, mlp(batch).detach())  # claim: same-numbers
