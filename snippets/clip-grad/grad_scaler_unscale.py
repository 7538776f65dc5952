import copy

import torch

torch.manual_seed(0)
model = torch.nn.Linear(8, 1)
x, y = torch.randn(32, 8), torch.randn(32, 1)


def clipped_norm_and_step(unscale_first):
    m = copy.deepcopy(model)
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)  # scales the loss by 1024
    scaler.scale(torch.nn.functional.mse_loss(m(x), y)).backward()
    scaled = torch.cat([p.grad.flatten() for p in m.parameters()])  # what backward() left, before unscaling
    if unscale_first:
        scaler.unscale_(opt)  # fix: divide the gradients by the scale before clipping
    norm = torch.nn.utils.clip_grad_norm_(m.parameters(), max_norm=1.0)
    scaler.step(opt)  # unscales here if unscale_() was not called
    scaler.update()
    return norm, m.weight.detach(), scaled


reference = copy.deepcopy(model)  # plain float32, no scaler: the gradient norm clipping should see
torch.nn.functional.mse_loss(reference(x), y).backward()
plain_grad = torch.cat([p.grad.flatten() for p in reference.parameters()])
true_norm = torch.nn.utils.clip_grad_norm_(reference.parameters(), max_norm=1.0)
torch.optim.SGD(reference.parameters(), lr=0.1).step()

bug_norm, bug_weight, scaled_grad = clipped_norm_and_step(unscale_first=False)
fix_norm, fix_weight, _ = clipped_norm_and_step(unscale_first=True)
print(f"true norm {true_norm.item():.4f} | without unscale_: {bug_norm.item():.2f} | with unscale_: {fix_norm.item():.4f}")
step_ratio = (model.weight - bug_weight).norm() / (model.weight - reference.weight).norm()
print(f"without unscale_: norm / true norm = {(bug_norm / true_norm).item():.1f}, step / right step = 1 / {1 / step_ratio.item():.0f}")
assert torch.amp.GradScaler("cpu").is_enabled()  # claim: scaler-cpu
assert torch.allclose(scaled_grad, 1024 * plain_grad) and torch.allclose(bug_norm, 1024 * true_norm)  # claim: scaled-norm
assert torch.allclose(fix_norm, true_norm)  # claim: unscaled-norm
assert torch.allclose(fix_weight, reference.weight)  # claim: fix-matches-reference
assert abs(step_ratio.item() * 1024 - 1) < 1e-2  # claim: bug-step-tiny
