import torch

torch.manual_seed(0)
f16, bf16, f32 = (torch.finfo(d) for d in (torch.float16, torch.bfloat16, torch.float32))
print("float16 max: ", f16.max)
print("bfloat16 max:", bf16.max)
assert f16.bits == bf16.bits == 16 and f32.bits == 32  # claim: fewer-bits
assert f16.max == 65504  # claim: float16-max
assert bf16.tiny == f32.tiny and 0.99 < bf16.max / f32.max < 1  # claim: bfloat16-range

big = torch.tensor(70000.0)
print("70000 -> float16: ", big.half().item(), "| -> bfloat16:", big.bfloat16().item())
assert big.half().isinf() and big.bfloat16().isfinite()  # claim: float16-overflow, bfloat16-range
assert big.bfloat16().item() == 70144.0  # claim: bfloat16-coarse

tiny = torch.tensor(1e-8)
print("1e-8  -> float16: ", tiny.half().item(), "| -> bfloat16:", tiny.bfloat16().item())
assert tiny.half().item() == 0.0 and tiny.bfloat16().item() > 0  # claim: float16-underflow, bfloat16-range

print("eps: float16", f16.eps, "| bfloat16", bf16.eps)
print("1.001 -> float16:", torch.tensor(1.001).half().item(), "| -> bfloat16:", torch.tensor(1.001).bfloat16().item())
assert bf16.eps == 2.0**-7 and f16.eps == 2.0**-10  # claim: mantissa-bits
assert torch.tensor(1.001).bfloat16().item() == 1.0  # claim: bfloat16-coarse
assert torch.tensor(1.001).half().item() != 1.0  # claim: mantissa-bits
for dtype, info in [(torch.float16, f16), (torch.bfloat16, bf16)]:
    one = torch.tensor(1.0, dtype=dtype)
    assert (torch.nextafter(one, one + 1) - one).item() == info.eps  # claim: eps-gap
