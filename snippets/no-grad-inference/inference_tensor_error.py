import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 3)
with torch.inference_mode():
    features = model(torch.randn(2, 3))  # an inference tensor

# Outside the block, feed it to a layer whose weights require grad
try:
    model(features)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Inference tensors cannot be saved for backward" in str(error)
else:
    raise AssertionError("an inference tensor should not be saved for backward")

# The fix the message suggests: a clone is a normal tensor
model(features.clone()).sum().backward()
print("after clone(): weight.grad is set:", model.weight.grad is not None)
assert not features.clone().is_inference() and model.weight.grad is not None
