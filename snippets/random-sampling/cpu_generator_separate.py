# gpu-capable
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
cpu_state = torch.get_rng_state()
on_device = torch.rand(5, device=device)  # drawn from the generator of `device`
cpu_moved = not torch.equal(cpu_state, torch.get_rng_state())
print(f"drew on {device}; CPU generator moved: {cpu_moved}")
assert cpu_moved == (device == "cpu")  # a CUDA draw leaves the CPU stream where it was

torch.manual_seed(0)
on_cpu = torch.rand(5)  # same seed, CPU generator
same = torch.equal(on_cpu, on_device.cpu())
print("seed 0, rand(5) on cpu :", on_cpu)
print(f"seed 0, rand(5) on {device:4}:", on_device.cpu())
print("same numbers for the same seed:", same)
assert same == (device == "cpu")  # CPU and CUDA generators use different algorithms
