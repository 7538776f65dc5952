import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
exact = a.double() @ b.double()  # float64 on the CPU: the reference


def product(precision):
    torch.set_float32_matmul_precision(precision)
    out = (a.to(device) @ b.to(device)).cpu()
    return out, ((out.double() - exact).abs().max() / exact.abs().max()).item()


out_highest, err_highest = product("highest")
out_high, err_high = product("high")
torch.set_float32_matmul_precision("highest")  # back to the defaults
torch.backends.cuda.matmul.fp32_precision = torch.backends.mkldnn.matmul.fp32_precision = "none"
# claim: restores
assert torch.get_float32_matmul_precision() == "highest" and torch.backends.cuda.matmul.fp32_precision == "none"
print("branch:", device)
if device == "cuda":
    print(f"largest error / largest value: highest {err_highest:.1e} | high {err_high:.1e}")
    assert err_high >= err_highest  # claim: gpu-high-not-better
else:
    print("largest error / largest value below 1e-5:", err_highest < 1e-5,
          "| bits changed by high:", not torch.equal(out_high, out_highest))
    assert err_highest < 1e-5  # claim: cpu-highest-tiny
    assert torch.equal(out_high, out_highest)  # claim: cpu-high-unchanged
