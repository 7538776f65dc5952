import inspect
import time

import torch
from torch.utils import benchmark

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
n = 4096 if device == "cuda" else 512
a = torch.rand(n, n, device=device)

timer = benchmark.Timer(stmt="a @ a", globals={"a": a})
m = timer.blocked_autorange(min_run_time=0.2)  # warm-up, then blocks of runs for at least 0.2 s
print("branch:", device)
print("median > 0:", m.median > 0, "| iqr >= 0:", m.iqr >= 0, "| len(times) >= 1:", len(m.times) >= 1)
assert m.median > 0 and m.iqr >= 0 and len(m.times) >= 1  # claim: timer-stats
assert sum(m.raw_times) >= 0.2  # claim: timer-min-run
assert all(abs(t - raw / m.number_per_run) < 1e-12 for t, raw in zip(m.times, m.raw_times))  # claim: timer-per-run
assert "torch.accelerator.synchronize()" in inspect.getsource(benchmark.utils.timer.timer)  # claim: timer-sync
try:  # the statement sees only the names passed in `globals`
    benchmark.Timer(stmt="a @ a").timeit(1)
except NameError as error:
    assert "'a' is not defined" in str(error) and len(m.times) >= 1  # claim: timer-globals
else:
    raise AssertionError("a @ a without globals should raise NameError")

if device == "cuda":  # the Timer waited for the GPU; a bare perf_counter would not have
    start = time.perf_counter()
    a @ a
    launch = time.perf_counter() - start
    torch.cuda.synchronize()
    print("Timer median is more than twice the launch-only time:", m.median > 2 * launch)
    assert m.median > 2 * launch  # claim: timer-gpu
