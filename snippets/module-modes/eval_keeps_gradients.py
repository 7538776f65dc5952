import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.BatchNorm1d(8), torch.nn.Dropout(0.5),
                            torch.nn.Linear(8, 1))
model.eval()

print("all parameters require grad:", all(p.requires_grad for p in model.parameters()))
assert all(p.requires_grad for p in model.parameters())  # claim: eval-keeps-grad

out = model(torch.randn(16, 4))
out.pow(2).mean().backward()
print("output requires grad:", out.requires_grad)
print("every parameter got a gradient:", all(p.grad is not None for p in model.parameters()))
assert out.requires_grad and out.grad_fn is not None  # claim: eval-keeps-grad
assert all(p.grad is not None for p in model.parameters())  # claim: eval-keeps-grad
assert model[1].weight.grad is not None and model[1].bias.grad is not None  # claim: eval-keeps-grad

x = torch.randn(16, 4)
with torch.no_grad():  # what does skip the tracking
    quiet = model(x)
with torch.inference_mode():
    inferred = model(x)
assert not quiet.requires_grad and quiet.grad_fn is None  # claim: no-grad-untracked
assert not inferred.requires_grad and inferred.grad_fn is None  # claim: no-grad-untracked
