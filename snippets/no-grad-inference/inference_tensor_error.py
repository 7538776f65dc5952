import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 3)
with torch.inference_mode():
    features = model(torch.randn(2, 3))  # an inference tensor

# Outside the block, feed it to a layer whose weights require grad
try:
    model(features)  # the forward call itself raises: Linear saves its input for backward
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Inference tensors cannot be saved for backward" in str(error)  # claim: inference-not-saved
    assert "make a clone" in str(error) and "torch.no_grad()" in str(error)  # claim: two-ways-out
else:
    raise AssertionError("an inference tensor should not be saved for backward")

# An op that saves nothing for it is accepted: w gets a gradient through features + w
w = torch.zeros(3, requires_grad=True)
(features + w).sum().backward()
print("features + w is allowed, w.grad:", w.grad.tolist())
assert torch.equal(w.grad, torch.full((3,), 2.0))  # claim: inference-add-ok

# The fix the message suggests: a clone is a normal tensor
model(features.clone()).sum().backward()
print("after clone(): weight.grad is set:", model.weight.grad is not None)
assert not features.clone().is_inference() and model.weight.grad is not None  # claim: clone-fix
