import math

import torch
from torch.utils.benchmark import Timer

torch.manual_seed(0)
shapes = [(1_000,), (100_000,), (1_000_000,), (5000, 500)]

print("| shape | elements | rand (µs) | randn (µs) | randn / rand |")
print("|---|---|---|---|---|")
for shape in shapes:
    us = {}
    for fn in ("rand", "randn"):
        timer = Timer(f"torch.{fn}(shape)", globals={"torch": torch, "shape": shape}, num_threads=1)
        us[fn] = timer.blocked_autorange(min_run_time=0.3).median * 1e6
        assert us[fn] > 0 and math.isfinite(us[fn])
    n = math.prod(shape)
    print(f"| `{shape}` | {n:,} | {us['rand']:.1f} | {us['randn']:.1f} | {us['randn'] / us['rand']:.2f} |")
