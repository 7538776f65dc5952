import inspect

import torch

torch.manual_seed(0)
cudnn = torch.backends.cudnn
print("cudnn.is_available():", cudnn.is_available(), "| cudnn.version():", cudnn.version())
print("cudnn.benchmark:", cudnn.benchmark, "| cudnn.deterministic:", cudnn.deterministic)
print("torch.are_deterministic_algorithms_enabled():", torch.are_deterministic_algorithms_enabled())
if not torch.cuda.is_available():  # a CPU-only build, like the one that builds this site
    assert cudnn.is_available() is False and cudnn.version() is None  # claim: no-cudnn-here
assert cudnn.benchmark is False and cudnn.deterministic is False  # claim: flags-default-false
assert torch.are_deterministic_algorithms_enabled() is False  # claim: global-default-false
# claim: cudnn-settings
assert {"benchmark", "deterministic"} <= set(inspect.signature(cudnn.flags).parameters)

conv = torch.nn.Conv2d(3, 8, kernel_size=3)
x = torch.randn(2, 3, 16, 16)
with torch.no_grad():
    before = conv(x)
    cudnn.benchmark, cudnn.deterministic = True, True  # a CPU convolution: accepted, and ignored
    assert cudnn.benchmark is True and cudnn.deterministic is True  # claim: flags-accepted
    after = conv(x)
cudnn.benchmark, cudnn.deterministic = False, False    # restore the defaults
print("output unchanged after setting both flags:", torch.equal(before, after))
assert torch.equal(before, after)  # claim: cpu-conv-unchanged
assert cudnn.benchmark is False and cudnn.deterministic is False  # claim: restores-settings
