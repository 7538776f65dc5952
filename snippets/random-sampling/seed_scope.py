# gpu-capable
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
print("branch:", device)

torch.manual_seed(42)  # seeds the CPU generator and every CUDA generator
print("CPU seed:", torch.initial_seed())
assert torch.initial_seed() == 42
if device == "cuda":
    print("CUDA seed:", torch.cuda.initial_seed())
    assert torch.cuda.initial_seed() == 42

cpu_state = torch.get_rng_state()
torch.cuda.manual_seed(7)  # CUDA only; without a GPU it is silently ignored
print("CPU state changed by cuda.manual_seed:", not torch.equal(cpu_state, torch.get_rng_state()))
assert torch.equal(cpu_state, torch.get_rng_state())
if device == "cuda":
    assert torch.cuda.initial_seed() == 7 and torch.initial_seed() == 42
