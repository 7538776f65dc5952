import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.BatchNorm1d(4), torch.nn.Dropout(0.5))
model.requires_grad_(False)  # freeze every parameter
x = torch.randn(8, 4) + 3

stats = model[1].running_mean.clone()
first, second = model(x), model(x)
print("model.training:", model.training, [m.training for m in model])
print("two calls equal (Dropout):", torch.equal(first, second))
print("BN running_mean changed:  ", not torch.equal(model[1].running_mean, stats))
print("output requires grad:     ", first.requires_grad)
assert not any(p.requires_grad for p in model.parameters())  # claim: freeze-only-grads
assert model.training and all(m.training for m in model)  # claim: freeze-keeps-mode
assert not torch.equal(first, second)  # claim: freeze-keeps-mode
assert not torch.equal(model[1].running_mean, stats)  # claim: freeze-keeps-mode
assert not first.requires_grad  # claim: frozen-output

model.requires_grad_(True)  # unfreeze: the output is tracked again
print("after requires_grad_(True), output requires grad:", model(x).requires_grad)
assert all(p.requires_grad for p in model.parameters()) and model(x).requires_grad  # claim: unfreeze
