import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
x, y = torch.randn(32, 8), torch.randn(32, 1)
torch.nn.functional.mse_loss(model(x), y).mul(100).backward()  # the same large gradients


def flat():
    return torch.cat([p.grad.flatten() for p in model.parameters()])


before = flat()
returned = torch.nn.utils.clip_grad_value_(model.parameters(), clip_value=1.0)
after = flat()
inside = before.abs() <= 1.0
print("returned:", returned)
print(f"entries clamped: {int((~inside).sum())} of {before.numel()} | norm after: {after.norm().item():.4f}"
      f" | cosine(before, after): {torch.cosine_similarity(before, after, dim=0).item():.4f}")
assert returned is None  # claim: value-returns-none
assert torch.equal(after, before.clamp(-1.0, 1.0))  # claim: value-is-clamp
assert torch.equal(after[inside], before[inside])  # claim: value-is-clamp
assert torch.cosine_similarity(before, after, dim=0) < 0.99  # claim: value-changes-direction
