import time

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
n = 4096 if device == "cuda" else 512  # big enough that the GPU work outlasts the launch
sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)  # CPU ops finish before returning
a = torch.rand(n, n, device=device)
a @ a
sync()  # warm-up: the first matmul pays one-off setup costs

start = time.perf_counter()
c = a @ a
returned = time.perf_counter() - start  # the call has returned...
sync()
finished = time.perf_counter() - start  # ...and now the result is really there
print("branch:", device)
assert 0 < returned <= finished
assert "all kernels in all streams" in torch.cuda.synchronize.__doc__  # claim: sync-all
if device == "cuda":
    print("without synchronize, the clock stopped before half the work was done:", returned < 0.5 * finished)
    assert returned < 0.5 * finished  # claim: launch-only
else:
    print("CPU: the call returned with the work done; more than half the time had passed:", returned > 0.5 * finished)
    assert returned > 0.5 * finished  # claim: cpu-waits
