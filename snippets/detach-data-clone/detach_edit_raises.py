import torch

torch.manual_seed(0)
x = torch.rand(4, 3)
w1 = torch.rand(3, 2, requires_grad=True)
w2 = torch.rand(2, 1, requires_grad=True)
loss = (x @ w1 @ w2).sum()  # the second product saves w2 to compute w1's gradient

w2.detach().mul_(0.5)  # edit w2 between forward and backward, through detach()
print("w2._version =", w2._version)

try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error)
else:
    raise AssertionError("backward() should notice the in-place edit")
