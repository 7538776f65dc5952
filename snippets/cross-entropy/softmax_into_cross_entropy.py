import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
target = torch.tensor([1])
ceiling = math.log(math.e + 2)  # the most CE can give when its 3 inputs are probabilities
print(f"ceiling log(e + 2) = {ceiling:.4f}")

losses, wrong_grads = [], []
print("scale | CE(logits) | CE(softmax) | grad norm (logits) | grad norm (softmax)")
for scale in [1.0, 5.0, 20.0]:
    # A confidently wrong prediction: class 0 wins, the answer is class 1
    logits = torch.tensor([[scale, 0.0, 0.0]], requires_grad=True)
    right = F.cross_entropy(logits, target)
    (g_right,) = torch.autograd.grad(right, logits)
    wrong = F.cross_entropy(logits.softmax(dim=1), target)  # bug: softmax applied twice
    (g_wrong,) = torch.autograd.grad(wrong, logits)
    print(f"{scale:5} | {right.item():10.4f} | {wrong.item():11.4f} | "
          f"{g_right.norm().item():18.4g} | {g_wrong.norm().item():19.4g}")
    assert not torch.isclose(right, wrong)  # claim: softmax-differs
    assert g_right.norm() > 0.9  # claim: logits-grad-large
    losses.append(right.item())
    wrong_grads.append(g_wrong.norm().item())
    assert wrong.item() <= ceiling + 1e-6  # claim: softmax-capped

assert losses == sorted(losses) and losses[-1] > 19  # claim: logits-loss-grows
assert wrong_grads == sorted(wrong_grads, reverse=True)  # claim: softmax-grad-shrinks
assert g_wrong.norm() < 1e-6 * g_right.norm()  # claim: softmax-grad-vanishes
probs = torch.rand(10_000, 3).softmax(dim=1)  # many probability rows, and the worst one
worst = torch.tensor([[1.0, 0.0, 0.0]])
assert F.cross_entropy(probs, target.expand(10_000), reduction="none").max() <= ceiling + 1e-6  # claim: softmax-capped
assert math.isclose(F.cross_entropy(worst, target).item(), ceiling, rel_tol=1e-6)  # claim: softmax-capped
