import copy

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
model = torch.nn.Linear(4, 1).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
assert torch.amp.GradScaler(device).get_scale() == 2.0**16  # claim: default-scale
scaler = torch.amp.GradScaler(device, init_scale=1024.0)     # a smaller start, for this tiny model
x, y = torch.rand(8, 4, device=device), torch.rand(8, 1, device=device)
reference = copy.deepcopy(model)  # the same gradient, computed in plain float32
torch.nn.functional.mse_loss(reference(x), y).backward()


def train_step(inputs):
    opt.zero_grad()
    with torch.autocast(device, dtype=torch.float16):
        loss = torch.nn.functional.mse_loss(model(inputs), y)
    scaler.scale(loss).backward()  # backward of loss * scale: every gradient is 1024x too big
    scaled = model.weight.grad.clone()
    scaler.step(opt)               # divides the gradients by the scale; skips the step on inf/NaN
    scaler.update()                # halves the scale after a skip
    return scaled


scaled = train_step(x)
print("branch:", device, "| good batch: updated", not torch.equal(reference.weight, model.weight),
      "| grad unscaled", torch.allclose(model.weight.grad, reference.weight.grad, rtol=1e-2, atol=1e-4),
      "| scale", scaler.get_scale())
assert torch.allclose(scaled, 1024 * reference.weight.grad, rtol=1e-2, atol=1e-1)  # claim: scaler-scales
assert torch.allclose(model.weight.grad, reference.weight.grad, rtol=1e-2, atol=1e-4)  # claim: scaler-unscales
assert not torch.equal(reference.weight, model.weight) and scaler.get_scale() == 1024.0  # claim: scaler-steps

for bad in (float("inf"), float("nan")):  # a batch that overflows, then one that gives NaN
    before, scale = model.weight.detach().clone(), scaler.get_scale()
    train_step(x * bad)
    print(f"{bad} batch: ", "updated", not torch.equal(before, model.weight), "| scale", scaler.get_scale())
    assert torch.equal(before, model.weight)  # claim: scaler-skips
    assert scaler.get_scale() == scale / 2  # claim: scaler-halves
