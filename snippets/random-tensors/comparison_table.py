import torch

torch.manual_seed(0)
n = 1_000_000
rows = [  # call, distribution, sample, theoretical mean and std
    ("torch.rand(n)", "U[0, 1)", torch.rand(n), 0.5, (1 / 12) ** 0.5),
    ("torch.randn(n)", "N(0, 1)", torch.randn(n), 0.0, 1.0),
    ("torch.randint(0, 10, (n,))", "U{0, …, 9}", torch.randint(0, 10, (n,)), 4.5, (99 / 12) ** 0.5),
    ("torch.normal(5.0, 2.0, (n,))", "N(5, 2²)", torch.normal(5.0, 2.0, (n,)), 5.0, 2.0),
]
expected_dtypes = [torch.float32, torch.float32, torch.int64, torch.float32]

print("| function | distribution | default dtype | mean | std |")
print("|---|---|---|---|---|")
for (call, dist, x, mu, sigma), dtype in zip(rows, expected_dtypes):
    m, s = x.double().mean().item(), x.double().std().item()
    assert x.dtype == dtype
    assert abs(m - mu) < 0.01 and abs(s - sigma) < 0.01
    print(f"| `{call}` | `{dist}` | `{x.dtype}` | {m:.3f} | {s:.3f} |")
