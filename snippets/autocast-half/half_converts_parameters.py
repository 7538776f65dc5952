import torch

torch.manual_seed(0)
x = torch.randn(8, 16)

mixed = torch.nn.Linear(16, 4)
with torch.autocast("cpu", dtype=torch.bfloat16):
    inside = mixed(x)
outside = mixed(x)
print("autocast: weight", mixed.weight.dtype, "| output inside", inside.dtype, "| output after", outside.dtype)
assert mixed.weight.dtype == torch.float32  # the parameters are never touched
assert inside.dtype == torch.bfloat16 and outside.dtype == torch.float32

halved = torch.nn.Linear(16, 4).half()  # converts the parameters themselves, for good
out = halved(x.half())                  # so every input has to be converted too
print(".half():  weight", halved.weight.dtype, "| output", out.dtype)
assert halved.weight.dtype == halved.bias.dtype == out.dtype == torch.float16
