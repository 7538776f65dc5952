import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
x, y = torch.randn(32, 8), torch.randn(32, 1)
torch.nn.functional.mse_loss(model(x), y).mul(100).backward()


def flat():
    return torch.cat([p.grad.flatten() for p in model.parameters()])


before = flat()
for max_norm in (185.0, 1000.0, 1e6):  # all above the total norm: nothing to clip
    total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=max_norm)
    print(f"max_norm={max_norm:g}: returned {total.item():.3f} | norm after {flat().norm().item():.3f}"
          f" | unchanged: {torch.equal(flat(), before)}")
    assert total < max_norm and torch.equal(flat(), before)  # claim: below-unchanged
    assert torch.allclose(total, before.norm())  # claim: below-returns-norm

for clip_value in (before.abs().max().item(), 1000.0):  # every entry already inside the range
    torch.nn.utils.clip_grad_value_(model.parameters(), clip_value=clip_value)
    assert torch.equal(flat(), before)  # claim: below-unchanged
print("clip_grad_value_ with every entry inside [-clip_value, clip_value]: unchanged", torch.equal(flat(), before))
