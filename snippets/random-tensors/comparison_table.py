import torch

torch.manual_seed(0)
n = 1_000_000
rows = [  # call, sample (no dtype= given), theoretical mean and std
    ("torch.rand(n)", torch.rand(n), 0.5, (1 / 12) ** 0.5),
    ("torch.randn(n)", torch.randn(n), 0.0, 1.0),
    ("torch.randint(0, 10, (n,))", torch.randint(0, 10, (n,)), 4.5, (99 / 12) ** 0.5),
    ("torch.normal(5.0, 2.0, (n,))", torch.normal(5.0, 2.0, (n,)), 5.0, 2.0),
]
expected_dtypes = [torch.float32, torch.float32, torch.int64, torch.float32]

print("| call | default dtype | min | max | mean | std |")
print("|---|---|---|---|---|---|")
for (call, x, mu, sigma), dtype in zip(rows, expected_dtypes):
    m, s = x.double().mean().item(), x.double().std().item()
    assert x.dtype == dtype  # claim: table-dtype
    assert abs(m - mu) < 0.01 and abs(s - sigma) < 0.01  # claim: table-moments
    print(f"| `{call}` | `{x.dtype}` | {x.min().item():.7g} | {x.max().item():.7g} | {m:.3f} | {s:.3f} |")

u, k = rows[0][1], rows[2][1]
assert u.min() >= 0 and u.max() < 1  # claim: table-range
assert k.min() == 0 and k.max() == 9  # claim: table-range
