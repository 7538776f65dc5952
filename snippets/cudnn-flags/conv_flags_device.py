import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
cudnn = torch.backends.cudnn
conv = torch.nn.Conv2d(16, 32, kernel_size=3, padding=1).to(device)
x = torch.randn(8, 16, 32, 32, device=device)


def two_runs(benchmark, deterministic):
    cudnn.benchmark, cudnn.deterministic = benchmark, deterministic
    with torch.no_grad():
        return conv(x), conv(x)


results = {flags: two_runs(*flags) for flags in [(False, False), (True, False), (False, True)]}
cudnn.benchmark, cudnn.deterministic = False, False  # restore the defaults
assert cudnn.benchmark is False and cudnn.deterministic is False  # claim: restores-settings
reference = results[(False, False)][0]
scale = reference.abs().max().item()
print("branch:", device)
for (benchmark, deterministic), (first, second) in results.items():
    diff = (first - reference).abs().max().item()
    print(f"benchmark={benchmark!s:5} deterministic={deterministic!s:5} | max |diff| from default: "
          f"{diff:.1e} | two runs bitwise equal: {torch.equal(first, second)}")
if device == "cuda":
    # claim: gpu-within-one-percent
    assert all((first - reference).abs().max().item() <= 1e-2 * scale for first, _ in results.values())
    assert torch.equal(*results[(False, True)])  # claim: gpu-deterministic-repeats
else:  # the CPU ignores both flags: every run of every setting gives the default's bits
    # claim: cpu-all-identical
    assert all(torch.equal(first, reference) and torch.equal(second, reference) for first, second in results.values())
