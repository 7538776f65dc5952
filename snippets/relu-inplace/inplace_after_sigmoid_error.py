import torch
import torch.nn.functional as F

torch.manual_seed(0)
w = torch.randn(5, requires_grad=True)
y = w.sigmoid()                # sigmoid saves its output y: its gradient is y * (1 - y)
assert torch.equal(y.grad_fn._saved_result, y) and y._version == 0  # claim: sigmoid-saves-output
z = F.relu(y, inplace=True)   # overwrites y and bumps its version counter
print("y._version =", y._version)
assert y._version == 1  # claim: version-counter
try:
    z.sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error) and "output 0 of Sigmoid" in str(error)  # claim: version-mismatch
    assert "is at version 1; expected version 0" in str(error)  # claim: version-mismatch
else:
    raise AssertionError("in-place ReLU on a saved sigmoid output should break backward()")

for op in (torch.tanh, torch.exp):  # these also compute their gradient from their output
    try:
        F.relu(op(w), inplace=True).sum().backward()
    except RuntimeError as error:
        assert "modified by an inplace operation" in str(error)  # claim: saves-output-raises
    else:
        raise AssertionError(f"in-place ReLU after {op.__name__} should break backward()")

y = w.sigmoid()  # out of place, the same computation differentiates fine
F.relu(y).sum().backward()
print("with F.relu(y): w.grad =", w.grad)
assert (y > 0).all() and torch.allclose(w.grad, y * (1 - y))  # claim: out-of-place-grad
