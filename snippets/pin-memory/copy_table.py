import time

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.rand(16_000_000)  # 64 MB in ordinary (pageable) host memory
xp = x.pin_memory() if device == "cuda" else x  # pinning needs CUDA
y = x.to(device)
print("| Call | Source pinned? | Returns the source itself? | Returns before the copy is done? | Synchronize before reading on the CPU? |")
print("|---|---|---|---|---|")
for call in ["x.to(device)", "x.to(device, non_blocking=True)", "xp.to(device)",
             "xp.to(device, non_blocking=True)", 'y.to("cpu", non_blocking=True)']:
    source = eval(call.split(".")[0])
    if device == "cuda":  # did the call come back while the GPU was still copying?
        eval(call)  # warm-up: allocations stay out of the measurement
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        torch.cuda.synchronize()
        start.record()
        begin = time.perf_counter()
        out = eval(call)
        host_ms = (time.perf_counter() - begin) * 1000
        end.record()
        end.synchronize()
        early = host_ms < 0.5 * start.elapsed_time(end)
    else:  # read the result right away, with no synchronize: is the data there already?
        out = eval(call)
        early = not torch.equal(out, source)
    assert torch.equal(out.cpu(), source.cpu())  # claim: table-data
    assert source.is_pinned() == (call.startswith("xp") and device == "cuda")  # claim: table-pinned
    assert not (early and "non_blocking" not in call)  # claim: table-blocking
    if device == "cpu":
        assert out is source and not early  # claim: cpu-no-copy
    print(f"| `{call}` | {'✓' if source.is_pinned() else '✗'} | {'✓' if out is source else '✗'} "
          f"| {'✓' if early else '✗'} | {'✓' if early and out.device.type == 'cpu' else '✗'} |")
