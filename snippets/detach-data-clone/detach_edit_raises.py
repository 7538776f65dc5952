import torch

torch.manual_seed(0)
x = torch.rand(4, 3)
w1 = torch.rand(3, 2, requires_grad=True)
w2 = torch.rand(2, 1, requires_grad=True)
loss = (x @ w1 @ w2).sum()
second_mm = loss.grad_fn.next_functions[0][0]
assert second_mm._saved_mat2.data_ptr() == w2.data_ptr()  # claim: mm-saves-w2

w2.detach().mul_(0.5)  # edit w2 between forward and backward, through detach()
print("w2._version =", w2._version)
assert w2._version == 1  # claim: detach-bumps
try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error)  # claim: detach-caught
    assert "is at version 1; expected version 0" in str(error)  # claim: saved-at-zero
else:
    raise AssertionError("backward() should notice the in-place edit")

# Counter-case: w1 is not saved (x needs no gradient), so editing it is not checked
loss = (x @ w1 @ w2).sum()
w1.detach().mul_(0.5)
loss.backward()  # no error
print("after editing w1: backward() ran, w1._version =", w1._version)
assert w1._version == 1 and w1.grad is not None  # claim: unsaved-not-checked
