import torch

torch.manual_seed(0)
w = torch.rand(3, requires_grad=True)
print("start:            w._version =", w._version)

w.detach().add_(1.0)  # detach() shares w's version counter
print("after detach():   w._version =", w._version)
assert w._version == 1

w.data.add_(1.0)  # .data gets a counter of its own
print("after .data:      w._version =", w._version)
assert w._version == 1

# Both wrote into w's memory all the same
print("shared storage:", w.detach().data_ptr() == w.data_ptr() == w.data.data_ptr())
assert w.detach().data_ptr() == w.data_ptr() == w.data.data_ptr()
