import inspect
import time

import torch
from torch.utils import benchmark

torch.manual_seed(0)
a = torch.rand(64, 64)
calls = []
step = lambda: calls.append(a @ a)  # one entry per call

start = time.perf_counter()
step()
seconds = time.perf_counter() - start  # one call, one number
assert len(calls) == 1 and isinstance(seconds, float) and seconds > 0
assert "milliseconds" in torch.cuda.Event.elapsed_time.__doc__

calls.clear()
m = benchmark.Timer(stmt="step()", globals={"step": step}).blocked_autorange(min_run_time=0.2)
untimed = len(calls) - m.number_per_run * len(m.times)  # calls made before the timed blocks: warm-up
syncs = "synchronize()" in inspect.getsource(benchmark.utils.timer.timer)  # the Timer's default clock
stats = ", ".join(f"`{name}`" for name in ("median", "iqr", "mean") if isinstance(getattr(m, name), float))
assert syncs and untimed > 0 and m.median > 0 and m.iqr >= 0 and len(m.times) >= 1

print("| Method | Synchronises? | Warm-up? | Statistics |")
print("|---|---|---|---|")
print("| `time.perf_counter()` | ✗ | ✗ | `float`, s |")
print("| `time.perf_counter()` + `torch.cuda.synchronize()` | ✓ | ✗ | `float`, s |")
print("| `torch.cuda.Event.elapsed_time()` | ✓ | ✗ | `float`, ms |")
print(f"| `Timer.blocked_autorange()` | {'✓' if syncs else '✗'} | {'✓' if untimed else '✗'} | {stats} |")
