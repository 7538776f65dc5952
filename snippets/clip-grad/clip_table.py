import torch
from torch.nn.utils import clip_grad_norm_, clip_grad_value_

torch.manual_seed(0)
original = torch.tensor([3.0, -4.0, 0.5])  # the gradient of one parameter; its norm is above 1, below 10
calls = {
    "clip_grad_norm_(p, max_norm=1.0)": lambda p: clip_grad_norm_(p, max_norm=1.0),
    "clip_grad_value_(p, clip_value=1.0)": lambda p: clip_grad_value_(p, clip_value=1.0),
    "clip_grad_norm_(p, max_norm=10.0)": lambda p: clip_grad_norm_(p, max_norm=10.0),
    "clip_grad_value_(p, clip_value=10.0)": lambda p: clip_grad_value_(p, clip_value=10.0),
}
print("| call | returns | gradient after | norm after | cosine with the original |")
print("|---|---|---|---|---|")
rows = []
for name, clip in calls.items():
    p = torch.nn.Parameter(torch.zeros(3))
    p.grad = original.clone()
    returned = clip(p)
    cosine = torch.nn.functional.cosine_similarity(p.grad, original, dim=0).item()
    rows.append((returned, p.grad.clone(), cosine))
    shown = "`None`" if returned is None else f"`{returned.item():.4f}`"
    grad = ", ".join(f"{x:.4f}" for x in p.grad.tolist())
    print(f"| `{name}` | {shown} | `({grad})` | `{p.grad.norm().item():.4f}` | `{cosine:.4f}` |")

norm_1, value_1, norm_10, value_10 = rows
assert torch.equal(norm_1[0], original.norm()) and torch.equal(norm_10[0], original.norm())  # claim: table-returns-norm
assert value_1[0] is None and value_10[0] is None  # claim: table-value-returns-none
assert abs(norm_1[2] - 1) < 1e-6 and torch.isclose(norm_1[1].norm(), torch.tensor(1.0))  # claim: table-norm-direction
assert value_1[2] < 0.99 and value_1[1].abs().max() == 1.0 and value_1[1].norm() > 1  # claim: table-value-direction
assert torch.equal(norm_10[1], original) and torch.equal(value_10[1], original)  # claim: table-below-unchanged
