import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
y = torch.rand(64_000_000, device=device)  # 256 MB of results on the device
print("branch:", device)
to_doc = " ".join(torch.Tensor.to.__doc__.split())  # the docstring, whitespace folded
assert "the function attempts to perform the conversion asynchronously with respect to the host" in to_doc  # claim: to-docs-async
assert "caution is advised" in to_doc  # claim: to-docs-async
if device == "cuda":
    torch.cuda.synchronize()
    back = y.to("cpu", non_blocking=True)  # may return while the copy is still queued or running
    copied = torch.cuda.Event()
    copied.record()
    early = back.numpy()                   # nothing stops this read: the bug
    finished = copied.query()              # a race: printed, never asserted
    print("copy finished when numpy() read it:", finished)
    assert back.device.type == "cpu" and early.shape == tuple(y.shape)  # claim: early-read-allowed
    copied.synchronize()                   # the fix: wait for the copy (or torch.cuda.synchronize())
    print("after synchronize: equal to the device data:", torch.equal(back, y.cpu()))
    assert copied.query() and torch.equal(back, y.cpu())  # claim: sync-then-read
else:
    back = y.to("cpu", non_blocking=True)
    print("nothing to wait for on the CPU: the result is y itself:", back is y)
    assert back is y  # claim: cpu-non-blocking-noop
