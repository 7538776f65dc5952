import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
x, y = torch.randn(32, 8), torch.randn(32, 1)
torch.nn.functional.mse_loss(model(x), y).mul(100).backward()  # large gradients, on purpose


def flat():  # all the gradients of the model as one vector
    return torch.cat([p.grad.flatten() for p in model.parameters()])


before = flat()
total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = flat()
print(f"returned: {total.item():.3f} | norm of all gradients before: {before.norm().item():.3f}")
print(f"norm after: {after.norm().item():.6f} | cosine(before, after): {torch.cosine_similarity(before, after, dim=0).item():.6f}")
assert torch.allclose(total, torch.linalg.vector_norm(before))  # claim: returns-total-norm
assert total.dim() == 0 and total > 1.0  # claim: returns-total-norm
assert torch.allclose(after.norm(), torch.tensor(1.0), atol=1e-5)  # claim: norm-becomes-max
assert torch.allclose(torch.cosine_similarity(before, after, dim=0), torch.tensor(1.0))  # claim: norm-keeps-direction
ratios = after / before  # one factor for every entry of every parameter, max_norm / (total norm + 1e-6)
assert torch.allclose(ratios[before != 0], (1.0 / (total + 1e-6)).expand(int((before != 0).sum())), rtol=1e-5)  # claim: one-factor
assert "clip_grads_with_norm_" in torch.nn.utils.clip_grad_norm_.__doc__  # claim: one-factor
assert r"\min(\frac{max\_norm}{total\_norm + 1e-6}, 1)" in torch.nn.utils.clip_grads_with_norm_.__doc__  # claim: one-factor
