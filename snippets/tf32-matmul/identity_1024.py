import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.tensor([[1024.5]], device=device)
one = torch.tensor([[1.0]], device=device)
products = {}
for precision in ["highest", "high"]:
    torch.set_float32_matmul_precision(precision)
    products[precision] = (x @ one).item()
torch.set_float32_matmul_precision("highest")  # back to the defaults
torch.backends.cuda.matmul.fp32_precision = torch.backends.mkldnn.matmul.fp32_precision = "none"
assert torch.get_float32_matmul_precision() == "highest" and not torch.backends.cuda.matmul.allow_tf32  # claim: restores
# TF32 keeps 10 of float32's 23 stored mantissa bits: cut the other 13 and see what is left of 1024.5
cut = (torch.tensor(1024.5).view(torch.int32) & ~(2**13 - 1)).view(torch.float32).item()
print("branch:", device, "| x @ [[1.0]]:", products, "| 1024.5 cut to 10 mantissa bits:", cut)
assert cut == 1024.0  # claim: tf32-cannot-hold
assert products["highest"] == 1024.5  # claim: highest-exact
if device == "cpu":
    assert products["high"] == 1024.5  # claim: cpu-high-exact
