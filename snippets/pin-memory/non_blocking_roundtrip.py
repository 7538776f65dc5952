# gpu-capable
import torch
from torch.utils import benchmark

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(4_000_000)  # 16 MB in ordinary host memory
print("branch:", device)
if device == "cuda":
    xp = x.pin_memory()
    y = xp.to(device, non_blocking=True)  # queued on the stream; may return before the copy ends
    z = y * 2                              # safe: same stream, so it runs after the copy
    back = z.to("cpu", non_blocking=True)  # lands in pinned memory, asynchronously too
    torch.cuda.synchronize()               # wait before reading `back` on the CPU
    print("back.is_pinned():", back.is_pinned(), "| equal after synchronize:", torch.equal(back, x * 2))
    assert xp.is_pinned() and back.is_pinned() and torch.equal(back, x * 2)
    median = {name: benchmark.Timer("t.to('cuda')", globals={"t": t}).blocked_autorange().median
              for name, t in [("pageable", x), ("pinned", xp)]}
    print("pinned source copied faster than pageable:", median["pinned"] < median["pageable"])
else:
    y = x.to(device, non_blocking=True)  # accepted, but there is nothing to copy
    print("x.to('cpu', non_blocking=True) is x:", y is x)
    assert y is x
