import torch

torch.manual_seed(0)
cudnn = torch.backends.cudnn
print("cudnn.is_available():", cudnn.is_available())
print("cudnn.benchmark:", cudnn.benchmark, "| cudnn.deterministic:", cudnn.deterministic)
print("torch.are_deterministic_algorithms_enabled():", torch.are_deterministic_algorithms_enabled())
assert cudnn.benchmark is False and cudnn.deterministic is False
assert torch.are_deterministic_algorithms_enabled() is False

conv = torch.nn.Conv2d(3, 8, kernel_size=3)
x = torch.randn(2, 3, 16, 16)
with torch.no_grad():
    before = conv(x)
    cudnn.benchmark, cudnn.deterministic = True, True  # on a CPU build: accepted, and ignored
    after = conv(x)
cudnn.benchmark, cudnn.deterministic = False, False    # restore the defaults
print("output unchanged after setting both flags:", torch.equal(before, after))
assert torch.equal(before, after)
