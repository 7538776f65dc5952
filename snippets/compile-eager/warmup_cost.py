import statistics
import time
import warnings

import torch

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)


def f(x):
    return torch.sin(x) * 2 + x


def seconds(fn, x):
    start = time.perf_counter()
    fn(x)
    return time.perf_counter() - start


x = torch.randn(1000)
compiled_f = torch.compile(f)
first = seconds(compiled_f, x)  # tracing, code generation, C++ compilation, then the call
later = statistics.median(seconds(compiled_f, x) for _ in range(20))
print("first call slower than the median of the next 20:", first > later)
print("first call at least 100 times slower:", first > 100 * later)
assert first > 100 * later  # claim: warmup-100x
