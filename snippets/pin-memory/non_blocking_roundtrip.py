import torch

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
    assert back.device.type == "cpu" and back.is_pinned()  # claim: roundtrip-pinned
    assert torch.equal(back, x * 2)  # claim: same-stream-order, sync-then-read
else:
    y = x.to(device, non_blocking=True)  # accepted, but there is nothing to copy
    print("x.to('cpu', non_blocking=True) is x:", y is x)
    assert y is x  # claim: cpu-non-blocking-noop
