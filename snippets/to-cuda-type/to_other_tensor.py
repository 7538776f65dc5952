import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(3)                                          # float32, CPU
other = torch.zeros(2, 2, dtype=torch.float64, device=device)

y = x.to(other)  # takes dtype and device from other; shape stays x's
print("y:", y.dtype, y.device, tuple(y.shape))
assert y.dtype == other.dtype and y.device == other.device and y.shape == x.shape  # claim: to-other
assert torch.equal(y.cpu(), x.double())  # claim: to-other-exact

target = torch.zeros(1, dtype=torch.float16, requires_grad=True)
h = x.to(target)  # a narrower dtype rounds, and requires_grad is not copied
print("to a float16 tensor: equal values:", torch.equal(h.double(), x.double()), "| requires_grad:", h.requires_grad)
assert not torch.equal(h.double(), x.double()) and not h.requires_grad  # claim: to-other-rounds
