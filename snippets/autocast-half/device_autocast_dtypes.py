import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
low = torch.get_autocast_dtype(device)  # what torch.autocast(device) uses when given no dtype
a = torch.randn(64, 64, device=device)

with torch.autocast(device):
    product = a @ a
    probs = product.softmax(dim=-1)
    total = product.sum()
print("branch:", device, "| default dtype:", low)
print("matmul:", product.dtype, "| softmax:", probs.dtype, "| sum:", total.dtype)
# claim: default-dtypes
assert torch.get_autocast_dtype("cpu") == torch.bfloat16 and torch.get_autocast_dtype("cuda") == torch.float16
assert product.dtype == low  # claim: default-dtypes
has_kernel = torch._C._dispatch_has_kernel_for_dispatch_key  # is the op on that device's autocast list?
for op in ("aten::softmax.int", "aten::sum"):  # on CUDA's list, not on the CPU's, on any machine
    assert has_kernel(op, "AutocastCUDA") and not has_kernel(op, "AutocastCPU")  # claim: op-lists-differ
if device == "cuda":  # CUDA autocast runs softmax and sum in float32
    assert product.dtype == torch.float16 and probs.dtype == total.dtype == torch.float32  # claim: cuda-float32-ops, op-lists-differ
else:  # CPU autocast leaves them in their input's dtype
    assert probs.dtype == total.dtype == torch.bfloat16  # claim: cpu-keeps-input-dtype, op-lists-differ
