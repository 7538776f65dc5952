import torch
import torch.nn.functional as F

torch.manual_seed(0)
p = 0.2
out = F.dropout(torch.ones(10), p)
print("F.dropout(ones, p=0.2):", out.tolist())
assert set(out.tolist()) <= {0.0, 1.25}  # 1 / (1 - 0.2) = 1.25

x = torch.randn(100_000)
out = F.dropout(x, p)
kept = out != 0
print(f"kept {kept.float().mean().item():.3f} of the entries, each multiplied by 1 / (1 - p) = {1 / (1 - p)}")
assert torch.equal(out[kept], x[kept] * (1 / (1 - p)))  # exactly, entry by entry
assert abs(kept.float().mean().item() - (1 - p)) < 0.01  # about 1 - p of them survive

# The scaling keeps the expected value: on average, the output matches the input
mean = F.dropout(torch.ones(100_000), p).mean().item()
print(f"mean of F.dropout(ones): {mean:.3f}")
assert abs(mean - 1.0) < 0.01

same = F.dropout(x, p, training=False)  # not training: the input itself, unscaled
print("training=False returns the input itself:", same is x)
assert same is x
