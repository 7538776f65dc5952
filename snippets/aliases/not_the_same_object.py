import torch

torch.manual_seed(0)
print("torch.clip is torch.clamp:", torch.clip is torch.clamp)
print("names:", torch.clip.__name__, torch.clamp.__name__)
assert torch.clip is not torch.clamp and torch.Tensor.clip is not torch.Tensor.clamp
assert torch.clip.__name__ == "clip" and torch.clamp.__name__ == "clamp"

x = torch.randn(4, requires_grad=True)  # both record the same operation in the graph
clipped, clamped = torch.clip(x, -0.5, 0.5), torch.clamp(x, -0.5, 0.5)
print("grad_fn:", clipped.grad_fn.name(), clamped.grad_fn.name())
assert clipped.grad_fn.name() == clamped.grad_fn.name()
