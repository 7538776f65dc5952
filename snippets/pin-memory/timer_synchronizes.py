import inspect

import torch
from torch.utils import benchmark

torch.manual_seed(0)
# The clock Timer uses by default, and what it does before each reading
clock = inspect.signature(benchmark.Timer).parameters["timer"].default
print(inspect.getsource(clock).strip())
assert clock is benchmark.utils.timer.timer  # claim: timer-syncs
assert "torch.accelerator.synchronize()" in inspect.getsource(clock)  # claim: timer-syncs
