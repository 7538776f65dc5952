import torch

torch.manual_seed(0)
index = torch.tensor([0, 0, 2, 0])

# gather: an element read several times gets all their gradients, summed
x = torch.rand(3, requires_grad=True)
torch.gather(x, 0, index).sum().backward()
print("gather      x.grad:  ", x.grad)
assert x.grad.tolist() == [3.0, 0.0, 1.0]  # claim: gather-grad-sums

# scatter_add: every source value lands in the sum, so each gets gradient 1
src = torch.rand(4, requires_grad=True)
torch.zeros(3).scatter_add(0, index, src).sum().backward()
print("scatter_add src.grad:", src.grad)
assert src.grad.tolist() == [1.0, 1.0, 1.0, 1.0]  # claim: scatter-add-grad-ones

# scatter: only one write to slot 0 survives, yet all three get gradient 1
src.grad = None
base = torch.zeros(3, requires_grad=True)
base.scatter(0, index, src).sum().backward()
print("scatter     src.grad:", src.grad)
print("scatter     base.grad:", base.grad)
assert src.grad.tolist() == [1.0, 1.0, 1.0, 1.0]  # claim: scatter-grad-all-writes
assert base.grad.tolist() == [0.0, 1.0, 0.0]  # claim: scatter-overwritten-zero
doc = " ".join(torch.Tensor.scatter_.__doc__.split())
assert "the gradient will be incorrect (it will be propagated to all locations in the source" in doc  # claim: scatter-doc-grad
