import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
cpu_state = torch.get_rng_state()
on_device = torch.rand(5, device=device)  # drawn from the generator of `device`
cpu_moved = not torch.equal(cpu_state, torch.get_rng_state())
print(f"drew on {device}; CPU generator moved: {cpu_moved}")
torch.manual_seed(0)
assert torch.equal(torch.rand(5, device=device), on_device)  # claim: seed-repeats-on-device

torch.manual_seed(0)
on_cpu = torch.rand(5)  # same seed, CPU generator
same = torch.equal(on_cpu, on_device.cpu())
print("seed 0, rand(5) on cpu :", on_cpu)
print(f"seed 0, rand(5) on {device:4}:", on_device.cpu())
print("same numbers for the same seed:", same)
if device == "cpu":
    assert cpu_moved  # claim: cpu-draw-moves-cpu
    assert same  # claim: cpu-same-generator
else:
    assert not cpu_moved  # claim: cuda-draw-keeps-cpu
    assert not same  # claim: cpu-cuda-differ
    assert torch.cuda.get_rng_state().numel() != torch.get_rng_state().numel()  # claim: different-generators
    torch.manual_seed(0)
    torch.rand(1_000, device=device)  # extra GPU work between seeding and the CPU draw
    assert torch.equal(torch.rand(5), on_cpu)  # claim: gpu-work-no-shift
