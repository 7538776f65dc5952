import torch
from torch.autograd import Variable

torch.manual_seed(0)
w = Variable(torch.rand(3), requires_grad=True)  # the old way to make a weight
loss = (w * w).sum()
print("type(w.data):", type(w.data).__name__, "| requires_grad:", w.data.requires_grad)
assert type(w.data) is torch.Tensor and not w.data.requires_grad  # claim: data-plain-tensor
assert w.data.data_ptr() == w.data_ptr() and w.data is not w  # claim: data-shares-storage
assert w.data.is_leaf and w.data.grad_fn is None  # claim: data-plain-tensor

version, before = w._version, w.detach().clone()
w.data.mul_(10)  # an edit through .data: w changes, its version counter does not
print("w._version before and after w.data.mul_(10):", version, w._version)
assert w._version == version and w.data_ptr() == w.data.data_ptr()  # claim: data-edit-untracked
loss.backward()  # no error, although w changed after the graph saved it
print("w.grad:", w.grad, "| 2 * w as the forward saw it:", 2 * before)
assert torch.allclose(w.grad, 2 * w.detach()) and not torch.allclose(w.grad, 2 * before)  # claim: data-grad-uses-new
