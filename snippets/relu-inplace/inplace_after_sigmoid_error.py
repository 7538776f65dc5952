import torch
import torch.nn.functional as F

torch.manual_seed(0)
w = torch.randn(5, requires_grad=True)
y = w.sigmoid()                # sigmoid saves its output y: its gradient is y * (1 - y)
z = F.relu(y, inplace=True)   # overwrites y and bumps its version counter
print("y._version =", y._version)
try:
    z.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error) and "output 0 of Sigmoid" in str(error)
else:
    raise AssertionError("in-place ReLU on a saved sigmoid output should break backward()")

# Out of place, the same computation differentiates fine
y = w.sigmoid()
F.relu(y).sum().backward()
print("with F.relu(y): w.grad =", w.grad)
assert torch.allclose(w.grad, y * (1 - y))  # relu passes the gradient through where y > 0
