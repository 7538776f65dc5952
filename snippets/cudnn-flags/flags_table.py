import torch

torch.manual_seed(0)
cudnn = torch.backends.cudnn
conv = torch.nn.Conv2d(3, 8, kernel_size=3)
x = torch.randn(2, 3, 16, 16)
with torch.no_grad():
    plain = conv(x)
settings = {  # name: (read the current value, set a new one)
    "torch.backends.cudnn.benchmark": (lambda: cudnn.benchmark, lambda on: setattr(cudnn, "benchmark", on)),
    "torch.backends.cudnn.deterministic": (lambda: cudnn.deterministic,
                                           lambda on: setattr(cudnn, "deterministic", on)),
    "torch.use_deterministic_algorithms": (torch.are_deterministic_algorithms_enabled,
                                           torch.use_deterministic_algorithms),
}
print("| Setting | Default | CPU conv output changed? | `put_` raises? | `torch.empty` gives NaN? |")
print("|---|---|---|---|---|")
for name, (read, switch) in settings.items():
    default = read()
    switch(True)
    with torch.no_grad():
        changed = not torch.equal(conv(x), plain)  # bitwise comparison with the output before the switch
    try:
        torch.zeros(3).put_(torch.tensor([0, 0]), torch.tensor([1.0, 2.0]))  # index 0 written twice
        raises = False
    except RuntimeError:
        raises = True
    nan = bool(torch.empty(1000).isnan().all())
    switch(False)  # restore the default
    global_mode = name == "torch.use_deterministic_algorithms"
    assert default is False  # claim: table-defaults
    assert not changed  # claim: table-conv-unchanged
    assert raises == global_mode  # claim: table-put-raises
    assert nan == global_mode  # claim: table-empty-nan
    assert read() is False  # claim: restores-settings
    mark = {True: "✓", False: "✗"}
    print(f"| `{name}` | `{default}` | {mark[changed]} | {mark[raises]} | {mark[nan]} |")
