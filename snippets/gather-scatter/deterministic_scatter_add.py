import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
index = torch.randint(0, 10, (100_000,), device=device)  # 100,000 writes into 10 slots
src = torch.rand(100_000, device=device)

was_on = torch.are_deterministic_algorithms_enabled()
switch = device == "cuda" and not was_on  # on CUDA, ask for the deterministic kernel
if switch:
    torch.use_deterministic_algorithms(True)
mode = torch.are_deterministic_algorithms_enabled()
print("branch:", device, "| deterministic mode:", mode)
try:
    runs = [torch.zeros(10, device=device).scatter_add_(0, index, src) for _ in range(5)]
finally:
    if switch:
        torch.use_deterministic_algorithms(False)  # put the global flag back

same = all(torch.equal(run, runs[0]) for run in runs)
print("five runs bitwise equal:", same)
assert same  # claim: five-runs-equal
if device == "cuda":
    assert mode and same  # claim: cuda-runs-equal
exact = torch.zeros(10, dtype=torch.float64).index_add_(0, index.cpu(), src.cpu().double())
assert torch.allclose(runs[0].cpu().double(), exact, rtol=1e-4)  # claim: sum-checked
assert torch.are_deterministic_algorithms_enabled() == was_on  # claim: flag-restored
