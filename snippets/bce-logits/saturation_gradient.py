import torch
import torch.nn as nn

torch.manual_seed(0)
z = torch.linspace(-10, 10, 201, requires_grad=True)  # moderate logits, soft target
nn.BCEWithLogitsLoss(reduction="sum")(z, torch.full_like(z, 0.3)).backward()
assert torch.allclose(z.grad, torch.sigmoid(z.detach()) - 0.3, atol=1e-6)  # claim: grad-formula
wrong = torch.tensor([8.0, 20.0, -8.0, -20.0], requires_grad=True)  # confident, on the wrong side
nn.BCEWithLogitsLoss(reduction="sum")(wrong, torch.tensor([0.0, 0.0, 1.0, 1.0])).backward()
assert torch.allclose(wrong.grad, torch.tensor([1.0, 1.0, -1.0, -1.0]), atol=1e-3)  # claim: confident-grad-near-one

# Confidently wrong predictions: the gradient should push hard in the other direction
for z, t in [(20.0, 0.0), (-200.0, 1.0)]:
    target = torch.tensor([t])
    logit = torch.tensor([z], requires_grad=True)
    nn.BCELoss()(torch.sigmoid(logit), target).backward()
    via_sigmoid = logit.grad.item()

    logit.grad = None
    nn.BCEWithLogitsLoss()(logit, target).backward()
    direct = logit.grad.item()

    right = torch.sigmoid(torch.tensor(z)).item() - t  # d loss / d logit = sigmoid(z) - t
    print(f"logit {z:g}, target {t:g}: sigmoid+BCELoss grad = {via_sigmoid}, "
          f"BCEWithLogitsLoss grad = {direct}, exact = {right}")
    assert via_sigmoid == 0.0  # claim: saturated-zero-grad
    assert direct == right and abs(direct) == 1.0  # claim: logits-grad-one
