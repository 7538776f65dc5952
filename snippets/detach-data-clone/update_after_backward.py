import torch

torch.manual_seed(0)
x, w1_init, w2_init = torch.rand(4, 3), torch.rand(3, 2), torch.rand(2, 1)
correct = x.sum(0, keepdim=True).T @ w2_init.T  # d/dw1 of sum(x @ w1 @ w2)

# Step 1 of the fix: update under torch.no_grad(), not through .data.
# The same misplaced update now raises instead of corrupting w1.grad.
w1, w2 = w1_init.clone().requires_grad_(), w2_init.clone().requires_grad_()
loss = (x @ w1 @ w2).sum()
with torch.no_grad():
    w2.mul_(0.5)
print("w2._version =", w2._version)
assert w2._version == 1  # claim: nograd-bumps
try:
    loss.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "modified by an inplace operation" in str(error)  # claim: nograd-raises
else:
    raise AssertionError("backward() should notice the update")

# Step 2: backward() first, then update
w1, w2 = w1_init.clone().requires_grad_(), w2_init.clone().requires_grad_()
(x @ w1 @ w2).sum().backward()
snapshot, via_data, via_detach = w2.detach().clone(), w2.data, w2.detach()
with torch.no_grad():
    w2.mul_(0.5)
print("w1.grad is correct:", torch.allclose(w1.grad, correct))
assert torch.allclose(w1.grad, correct) and torch.equal(w2, 0.5 * w2_init)  # claim: update-after-correct
print("snapshot kept the old w2:", torch.equal(snapshot, w2_init))
assert torch.equal(snapshot, w2_init)  # claim: snapshot-keeps
assert torch.equal(via_data, 0.5 * w2_init) and torch.equal(via_detach, 0.5 * w2_init)  # claim: alias-follows
