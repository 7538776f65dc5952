import torch
from torch.autograd import Variable

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x, target = torch.rand(4, 3), torch.rand(4, 1)

# Bug: old code wraps a model's output in Variable(...); that detaches it from the model
out = Variable(model(x))
print("out.requires_grad:", out.requires_grad, "| out.grad_fn:", out.grad_fn)
assert not out.requires_grad and out.grad_fn is None  # claim: bug-detached
try:
    torch.nn.functional.mse_loss(out, target).backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "element 0 of tensors does not require grad and does not have a grad_fn" in str(error)  # claim: bug-backward-raises
else:
    raise AssertionError("backward through Variable(model(x)) should raise")

# Adding requires_grad=True silences the error, but the gradient stops at the wrapper
out = Variable(model(x), requires_grad=True)
torch.nn.functional.mse_loss(out, target).backward()
print("with requires_grad=True: model.weight.grad:", model.weight.grad, "| out.grad is set:", out.grad is not None)
assert model.weight.grad is None and out.grad is not None  # claim: bug-grad-stops

# Fix: no wrapper at all; a tensor is what Variable used to be
torch.nn.functional.mse_loss(model(x), target).backward()
print("fixed: model.weight.grad:", model.weight.grad)
assert model.weight.grad is not None and model.weight.grad.shape == (1, 3)  # claim: fix-grad-arrives
