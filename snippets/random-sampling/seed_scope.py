import warnings
import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
print("branch:", device)

torch.manual_seed(42)  # seeds the CPU generator and every CUDA generator
print("CPU seed:", torch.initial_seed())
assert torch.initial_seed() == 42  # claim: manual-seed-cpu
if device == "cuda":
    print("CUDA seed:", torch.cuda.initial_seed())  # also starts CUDA, which applies the queued seed
    seeds = [g.initial_seed() for g in torch.cuda.default_generators]
    print("CUDA seeds:", seeds)
    assert len(seeds) == torch.cuda.device_count()  # claim: generator-per-gpu
    assert seeds == [42] * len(seeds)  # claim: manual-seed-all-gpus

cpu_state = torch.get_rng_state()
assert cpu_state.dtype == torch.uint8  # claim: rng-state-bytes
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.cuda.manual_seed(7)  # current CUDA device only; without a GPU, ignored
print("CPU state changed by cuda.manual_seed:", not torch.equal(cpu_state, torch.get_rng_state()))
print("warnings:", len(caught))
assert torch.equal(cpu_state, torch.get_rng_state()) and torch.initial_seed() == 42  # claim: cuda-seed-keeps-cpu
if device == "cpu":
    assert not caught and not torch.cuda.is_initialized()  # claim: cuda-seed-ignored
else:
    assert torch.cuda.initial_seed() == 7  # claim: cuda-seed-current
