import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
MiB = 2**20


def row(step):
    allocated, reserved = torch.cuda.memory_allocated(), torch.cuda.memory_reserved()
    print(f"| `{step}` | {allocated / MiB:.0f} | {reserved / MiB:.0f} | {(reserved - allocated) / MiB:.0f} |")
    return allocated, reserved


torch.cuda.empty_cache()  # start without blocks cached by earlier code
print("| Step | memory_allocated() (MiB) | memory_reserved() (MiB) | memory_reserved() − memory_allocated() (MiB) |")
print("|---|---|---|---|")
a0, r0 = row("start")
x = torch.empty(64 * 2**20, device=device)  # 256 MiB of float32
size = x.element_size() * x.numel()
a1, r1 = row("x = torch.empty(64 * 2**20, device=device)")
del x
a2, r2 = row("del x")
torch.cuda.empty_cache()
a3, r3 = row("torch.cuda.empty_cache()")
if device == "cuda":
    assert a1 - a0 >= size and r1 - r0 >= size and r1 >= a1  # claim: both-rise
    assert a1 - a2 >= size  # claim: del-drops-allocated
    assert r2 >= r1 and r2 - a2 >= size  # claim: reserved-stays
    assert r2 - r3 >= size and r3 >= a3  # claim: empty-cache-releases
else:  # x is a CPU tensor: the CUDA counters never see it
    assert (a0, r0, a1, r1, a2, r2, a3, r3) == (0,) * 8  # claim: cpu-counters-zero
