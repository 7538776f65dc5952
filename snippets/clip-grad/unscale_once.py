import torch

torch.manual_seed(0)
model = torch.nn.Linear(8, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
x, y = torch.randn(32, 8), torch.randn(32, 1)

opt.zero_grad()
scaler.scale(torch.nn.functional.mse_loss(model(x), y)).backward()
scaler.unscale_(opt)                                          # 1. unscale
norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)  # 2. clip the real gradients
print(f"step 1: norm returned after unscale_(): {norm.item():.4f}")
try:
    scaler.unscale_(opt)  # a second unscale_() before update(): refused
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "unscale_() has already been called on this optimizer since the last update()" in str(error)  # claim: unscale-once
else:
    raise AssertionError("a second unscale_() should raise")
scaler.step(opt)    # 3. step: the gradients are not divided a second time
scaler.update()     # 4. update: unscale_() is allowed again at the next step
opt.zero_grad()
loss = torch.nn.functional.mse_loss(model(x), y)
plain = torch.cat([g.flatten() for g in torch.autograd.grad(loss, list(model.parameters()), retain_graph=True)])
scaler.scale(loss).backward()
scaler.unscale_(opt)  # no error this time
second = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
print(f"step 2: norm returned after unscale_(): {second.item():.4f}, plain float32 norm: {plain.norm().item():.4f}")
assert torch.allclose(second, plain.norm())  # claim: unscale-after-update
