import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, H = 3, 5, 6  # batch, sequence length, hidden size
x = torch.randn(N, L, 4)
configs = {"": {}, ", num_layers=2": {"num_layers": 2}, ", bidirectional=True": {"bidirectional": True},
           ", num_layers=2, bidirectional=True": {"num_layers": 2, "bidirectional": True}}
slices = {"output[:, -1]": lambda o: o[:, -1], "output[:, -1, :H]": lambda o: o[:, -1, :H],
          "output[:, -1, H:]": lambda o: o[:, -1, H:], "output[:, 0, H:]": lambda o: o[:, 0, H:]}
print("| module | output shape | h_n shape | slices of output equal to h_n[-1] |")
print("|---|---|---|---|")
rows = {}
for name, kwargs in configs.items():
    output, (h_n, c_n) = nn.LSTM(4, H, batch_first=True, **kwargs)(x)
    equal = [s for s, take in slices.items() if take(output).shape == h_n[-1].shape and torch.equal(take(output), h_n[-1])]
    rows[name] = (tuple(output.shape), tuple(h_n.shape), equal)
    print(f"| `nn.LSTM(4, 6, batch_first=True{name})` | `{rows[name][0]}` | `{rows[name][1]}` | {' / '.join(f'`{s}`' for s in equal)} |")

# claim: table-shapes
assert [r[:2] for r in rows.values()] == [((N, L, H), (1, N, H)), ((N, L, H), (2, N, H)),
                                          ((N, L, 2 * H), (2, N, H)), ((N, L, 2 * H), (4, N, H))]
# claim: table-slices
assert [r[2] for r in rows.values()] == [["output[:, -1]", "output[:, -1, :H]"]] * 2 + [["output[:, 0, H:]"]] * 2
