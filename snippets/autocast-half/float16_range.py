import torch

torch.manual_seed(0)
print("float16 max: ", torch.finfo(torch.float16).max)
print("bfloat16 max:", torch.finfo(torch.bfloat16).max)
assert torch.finfo(torch.float16).max == 65504
assert torch.finfo(torch.bfloat16).max > 1e38  # the same exponent range as float32

big = torch.tensor(70000.0)
print("70000 -> float16: ", big.half().item(), "| -> bfloat16:", big.bfloat16().item())
assert big.half().isinf() and big.bfloat16().isfinite()
assert big.bfloat16().item() == 70144.0  # kept, but rounded: only 8 bits of mantissa

tiny = torch.tensor(1e-8)
print("1e-8  -> float16: ", tiny.half().item(), "| -> bfloat16:", tiny.bfloat16().item())
assert tiny.half().item() == 0.0 and tiny.bfloat16().item() > 0  # float16 underflows to zero

print("eps: float16", torch.finfo(torch.float16).eps, "| bfloat16", torch.finfo(torch.bfloat16).eps)
print("1.001 -> float16:", torch.tensor(1.001).half().item(), "| -> bfloat16:", torch.tensor(1.001).bfloat16().item())
assert torch.tensor(1.001).bfloat16().item() == 1.0  # too fine for bfloat16's mantissa
assert torch.tensor(1.001).half().item() != 1.0
