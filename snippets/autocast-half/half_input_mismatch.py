import torch

torch.manual_seed(0)
model = torch.nn.Linear(16, 4).half()  # the parameters are now float16
x = torch.randn(8, 16)                 # a batch in torch's default dtype
assert x.dtype == torch.float32  # claim: data-float32

try:
    model(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "must have the same dtype, but got Float and Half" in str(error)  # claim: half-needs-half-inputs
else:
    raise AssertionError("a float32 input to a float16 layer should raise")
assert model(x.half()).dtype == torch.float16  # claim: half-input-works

model = torch.nn.Linear(16, 4)  # fix: keep float32 parameters and let autocast pick per op
with torch.autocast("cpu", dtype=torch.bfloat16):
    out = model(x)
print("with autocast:", out.dtype, "| weight", model.weight.dtype)
assert out.dtype == torch.bfloat16 and model.weight.dtype == torch.float32  # claim: autocast-fix
