import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, H = 3, 5, 6
stack = nn.LSTM(4, H, num_layers=2, batch_first=True)
x = torch.randn(N, L, 4)
output, (h_n, c_n) = stack(x)
print("h_n:", tuple(h_n.shape), " (layer 0, then layer 1)")

# Rebuild the two layers as separate one-layer LSTMs with the same weights
bottom, top = nn.LSTM(4, H, batch_first=True), nn.LSTM(H, H, batch_first=True)
for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
    getattr(bottom, f"{name}_l0").data.copy_(getattr(stack, f"{name}_l0"))
    getattr(top, f"{name}_l0").data.copy_(getattr(stack, f"{name}_l1"))
mid, (h_bottom, _) = bottom(x)
out_top, (h_top, _) = top(mid)

assert torch.allclose(out_top, output)  # claim: output-top-only
assert torch.allclose(h_n[-1], h_top[0]) and torch.allclose(h_n[-1], output[:, -1])  # claim: hn-last-is-top
assert torch.allclose(h_n[0], h_bottom[0])  # claim: hn-first-is-bottom
assert not torch.allclose(h_n[0], output[:, -1])  # claim: hn-first-is-bottom
print("h_n[-1] is the top layer, h_n[0] the bottom one; output holds the top layer only")
