import torch
import torch.nn as nn

torch.manual_seed(0)
N, C, H, W = 4, 6, 5, 5
x = 3 * torch.randn(N, C, H, W) + 1


def by_hand(t, dims):  # mean and biased variance over dims, eps = 1e-5
    mean, var = t.mean(dims, keepdim=True), t.var(dims, keepdim=True, unbiased=False)
    return (t - mean) / torch.sqrt(var + 1e-5)


candidates = {"(N, H, W)": lambda t: by_hand(t, (0, 2, 3)), "(C, H, W)": lambda t: by_hand(t, (1, 2, 3)),
              "(H, W)": lambda t: by_hand(t, (2, 3)),
              "(C/3, H, W)": lambda t: by_hand(t.view(N, 3, C // 3, H, W), (2, 3, 4)).view_as(t)}
layers = {"nn.BatchNorm2d(6)": nn.BatchNorm2d(C), "nn.LayerNorm((6, 5, 5))": nn.LayerNorm((C, H, W)),
          "nn.InstanceNorm2d(6)": nn.InstanceNorm2d(C), "nn.GroupNorm(3, 6)": nn.GroupNorm(3, C),
          "nn.GroupNorm(1, 6)": nn.GroupNorm(1, C), "nn.GroupNorm(6, 6)": nn.GroupNorm(C, C)}
print("| Layer (training mode) | Matches mean and biased variance over | Sample 0 changes when sample 1 does? | Parameters | Buffers |")
print("|---|---|---|---|---|")
rows = {}
for name, layer in layers.items():
    out = layer(x)
    over = [k for k, f in candidates.items() if torch.allclose(out, f(x), atol=1e-5)]
    other = x.clone()
    other[1] = 10 * torch.randn(C, H, W)  # only sample 1 differs
    coupled = not torch.allclose(layer(other)[0], out[0], atol=1e-5)
    params, buffers = sum(p.numel() for p in layer.parameters()), [n for n, _ in layer.named_buffers()]
    rows[name] = (over, coupled, params, buffers)
    print(f"| `{name}` | {' / '.join(f'`{k}`' for k in over)} | {'✓' if coupled else '✗'} | {params} "
          f"| {' '.join(f'`{b}`' for b in buffers) or '—'} |")

# claim: table-axes
assert [r[0] for r in rows.values()] == [["(N, H, W)"], ["(C, H, W)"], ["(H, W)"], ["(C/3, H, W)"], ["(C, H, W)"], ["(H, W)"]]
assert [r[1] for r in rows.values()] == [True] + [False] * 5  # claim: table-batch
assert [r[2] for r in rows.values()] == [2 * C, 2 * C * H * W, 0, 2 * C, 2 * C, 2 * C]  # claim: table-params
assert rows["nn.BatchNorm2d(6)"][3] == ["running_mean", "running_var", "num_batches_tracked"]  # claim: table-buffers
assert all(not r[3] for name, r in rows.items() if "BatchNorm" not in name)  # claim: table-buffers
tracked = nn.InstanceNorm2d(C, track_running_stats=True)  # not the default, but possible
assert [n for n, _ in tracked.named_buffers()] == ["running_mean", "running_var", "num_batches_tracked"]  # claim: in-can-track
