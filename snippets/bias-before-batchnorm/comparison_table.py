import torch
import torch.nn as nn

torch.manual_seed(0)
x2d, x1d = torch.randn(8, 3, 6, 6), torch.randn(16, 5)
setups = [  # (layers, mode, input); the first layer's bias is the one tested
    ("Conv2d → BatchNorm2d", "train", nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4)), x2d),
    ("Conv2d → BatchNorm2d", "eval", nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4)), x2d),
    ("Conv2d → BatchNorm2d(track_running_stats=False)", "eval",
     nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4, track_running_stats=False)), x2d),
    ("Conv2d → ReLU → BatchNorm2d", "train", nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.BatchNorm2d(4)), x2d),
    ("Conv2d alone", "train", nn.Sequential(nn.Conv2d(3, 4, 3)), x2d),
    ("Linear → BatchNorm1d", "train", nn.Sequential(nn.Linear(5, 3), nn.BatchNorm1d(3)), x1d),
    ("Linear → BatchNorm1d", "eval", nn.Sequential(nn.Linear(5, 3), nn.BatchNorm1d(3)), x1d),
    ("Linear alone", "train", nn.Sequential(nn.Linear(5, 3)), x1d),
]
print("| Layers | Mode | Output changes when the bias changes? | Bias gradient under 1e-4 × weight gradient? |")
print("|---|---|---|---|")
rows = []
for name, mode, model, x in setups:
    model(x)  # one training-mode pass fills BatchNorm's running statistics
    model.train(mode == "train")
    layer = model[0]
    out = model(x)
    (out * torch.randn_like(out)).sum().backward()  # any loss will do
    tiny = (layer.bias.grad.abs().max() < 1e-4 * layer.weight.grad.abs().max()).item()
    with torch.no_grad():
        layer.bias.add_(torch.randn_like(layer.bias))  # move the bias, keep everything else
        moved = not torch.allclose(model(x), out, atol=1e-4)
    rows.append((moved, tiny))
    print(f"| `{name}` | `{mode}()` | {'✓' if moved else '✗'} | {'✓' if tiny else '✗'} |")

# claim: table-moves
assert [r[0] for r in rows] == [False, True, False, True, True, False, True, True]
assert setups[2][2][1].running_mean is None  # claim: no-running-stats
assert [r[1] for r in rows] == [True, False, True, False, False, True, False, False]  # claim: table-grad
