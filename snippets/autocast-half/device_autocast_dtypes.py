# gpu-capable
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
assert low == (torch.float16 if device == "cuda" else torch.bfloat16)
assert product.dtype == low
if device == "cuda":  # CUDA autocast runs softmax and sum in float32
    assert probs.dtype == total.dtype == torch.float32
else:  # CPU autocast leaves them in their input's dtype
    assert probs.dtype == total.dtype == torch.bfloat16
