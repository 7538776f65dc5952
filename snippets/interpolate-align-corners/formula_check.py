import torch
import torch.nn.functional as F

torch.manual_seed(0)


def by_hand(x, out, align_corners):
    n = x.numel()
    i = torch.arange(out, dtype=torch.float64)
    if align_corners:
        src = i * (n - 1) / (out - 1)  # first and last outputs on the first and last inputs
    else:
        src = ((i + 0.5) * n / out - 0.5).clamp(0, n - 1)  # pixel edges line up; clamp at the ends
    left = src.floor().long().clamp(max=n - 2)
    frac = src - left
    return x[left] * (1 - frac) + x[left + 1] * frac


checked = 0
for n in range(2, 8):
    for out in range(2, 12):
        x = torch.rand(n, dtype=torch.float64)
        for align_corners in (True, False):
            got = F.interpolate(x.view(1, 1, n), size=out, mode="linear", align_corners=align_corners).flatten()
            assert torch.allclose(got, by_hand(x, out, align_corners))  # claim: formulas
            checked += 1
print("sizes checked against the two formulas:", checked)
