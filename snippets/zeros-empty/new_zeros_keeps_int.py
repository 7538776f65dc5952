import torch

torch.manual_seed(0)
labels = torch.tensor([2, 0, 1])  # int64
scores = torch.rand(3, dtype=torch.float64)

print("labels.new_zeros(3):", labels.new_zeros(3), labels.new_zeros(3).dtype)
print("scores.new_zeros(3):", scores.new_zeros(3))
print("torch.zeros(3)     :", torch.zeros(3), torch.zeros(3).dtype)
assert labels.new_zeros(3).dtype == torch.int64 and scores.new_zeros(3).dtype == torch.float64  # claim: new-dtype
assert torch.zeros(3).dtype == torch.float32  # claim: plain-default

grad = torch.rand(3, requires_grad=True)
print("requires_grad copied?", grad.new_zeros(3).requires_grad, torch.zeros_like(grad).requires_grad)
assert not grad.new_zeros(3).requires_grad and not torch.zeros_like(grad).requires_grad  # claim: no-requires-grad
