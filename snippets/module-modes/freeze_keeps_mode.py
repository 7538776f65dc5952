import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.BatchNorm1d(4), torch.nn.Dropout(0.5))
model.requires_grad_(False)  # freeze every parameter
x = torch.randn(8, 4) + 3

stats = model[1].running_mean.clone()
first, second = model(x), model(x)
print("model.training:", model.training)
print("two calls equal (Dropout):", torch.equal(first, second))
print("BN running_mean changed:  ", not torch.equal(model[1].running_mean, stats))
print("output requires grad:     ", first.requires_grad)
assert model.training                                    # still in training mode
assert not torch.equal(first, second)                    # Dropout still drops
assert not torch.equal(model[1].running_mean, stats)     # BN still updates its statistics
assert not first.requires_grad                           # but nothing is trainable any more
