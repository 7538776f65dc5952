import torch

torch.manual_seed(0)
conv = torch.nn.Conv2d(3, 8, kernel_size=3)
x = torch.randn(2, 3, 16, 16)  # on the CPU: no cuDNN here
outputs = {}
with torch.no_grad():
    for allow in [True, False]:
        torch.backends.cudnn.allow_tf32 = allow
        outputs[allow] = conv(x)
torch.backends.cudnn.allow_tf32 = True  # back to the default
print("cudnn available:", torch.backends.cudnn.is_available(),
      "| CPU conv bitwise equal with allow_tf32 True and False:", torch.equal(outputs[True], outputs[False]))
assert torch.equal(outputs[True], outputs[False])  # claim: cpu-conv-unchanged
if torch.version.cuda is None:  # a CPU-only build, like the one this page runs on
    assert not torch.backends.cudnn.is_available()  # claim: no-cudnn
assert torch.backends.cudnn.allow_tf32 is True and torch.backends.cudnn.conv.fp32_precision == "tf32"  # claim: restores
