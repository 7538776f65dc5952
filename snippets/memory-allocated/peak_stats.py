import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
MiB = 2**20
x = torch.rand(4096, 4096, device=device)  # 64 MiB of float32
print("branch:", device)
if device == "cuda":
    torch.cuda.reset_peak_memory_stats()
    start = torch.cuda.memory_allocated()
    total = (x * 2).sum()  # x * 2 is a 64 MiB temporary, freed as soon as sum() is done
    peak, now = torch.cuda.max_memory_allocated(), torch.cuda.memory_allocated()
    print(f"above start: peak {(peak - start) / MiB:.0f} MiB, now {(now - start) / MiB:.0f} MiB")
    assert peak - start >= 64 * MiB and now - start < MiB  # claim: peak-sees-temporary
    torch.cuda.reset_peak_memory_stats()  # the peak starts again from what is allocated now
    print(f"after reset_peak_memory_stats(): peak {(torch.cuda.max_memory_allocated() - start) / MiB:.0f} MiB above start")
    assert torch.cuda.max_memory_allocated() - torch.cuda.memory_allocated() < MiB  # claim: reset-peak
else:
    print("max_memory_allocated():", torch.cuda.max_memory_allocated())
    try:
        torch.cuda.reset_peak_memory_stats()
    except AttributeError as error:
        print(f"AttributeError: {error}")
        if torch.version.cuda is None:  # a CPU-only build, like the one this page runs on
            assert "_cuda_resetPeakMemoryStats" in str(error)  # claim: cpu-reset-raises
    else:
        if torch.version.cuda is None:
            raise AssertionError("reset_peak_memory_stats() should raise on a CPU-only build")
