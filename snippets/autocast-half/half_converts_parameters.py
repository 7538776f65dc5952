import torch

torch.manual_seed(0)
x = torch.randn(8, 16)

mixed = torch.nn.Linear(16, 4)
before = mixed.weight.dtype
with torch.autocast("cpu", dtype=torch.bfloat16):
    inside = mixed(x)
    during = mixed.weight.dtype
outside = mixed(x)
print("autocast: weight", mixed.weight.dtype, "| output inside", inside.dtype, "| output after", outside.dtype)
assert before == during == mixed.weight.dtype == torch.float32  # claim: params-untouched
assert inside.dtype == torch.bfloat16 and outside.dtype == torch.float32  # claim: only-inside-block

layer = torch.nn.Linear(16, 4)
halved = layer.half()                   # converts the parameters themselves
out = halved(x.half())                  # so every input has to be converted too
print(".half():  weight", halved.weight.dtype, "| output", out.dtype)
assert halved is layer and halved.weight.dtype == halved.bias.dtype == out.dtype == torch.float16  # claim: half-in-place
# claim: half-for-good
assert layer.weight.dtype == torch.float16  # still float16 after a forward pass
assert layer.float().weight.dtype == torch.float32  # claim: half-for-good

norm = torch.nn.BatchNorm1d(4).half()  # only floating-point tensors are converted
assert norm.weight.dtype == norm.running_mean.dtype == torch.float16  # claim: half-floating-only
assert norm.num_batches_tracked.dtype == torch.int64  # claim: half-floating-only
