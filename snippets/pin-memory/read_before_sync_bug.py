# gpu-capable
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
y = torch.rand(64_000_000, device=device)  # 256 MB of results on the device
print("branch:", device)
if device == "cuda":
    torch.cuda.synchronize()
    back = y.to("cpu", non_blocking=True)  # returns while the copy is still queued or running
    copied = torch.cuda.Event()
    copied.record()
    print("copy finished when .to() returned:", copied.query())  # reading `back` now is the bug
    copied.synchronize()                   # the fix: wait for the copy (or torch.cuda.synchronize())
    print("after synchronize: equal to the device data:", torch.equal(back, y.cpu()))
    assert back.is_pinned() and copied.query() and torch.equal(back, y.cpu())
else:
    back = y.to("cpu", non_blocking=True)
    print("nothing to wait for on the CPU: the result is y itself:", back is y)
    assert back is y
