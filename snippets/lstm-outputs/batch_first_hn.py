import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, H, layers = 3, 5, 6, 2
time_first = nn.LSTM(4, H, num_layers=layers)                    # batch_first=False, the default
batch_first = nn.LSTM(4, H, num_layers=layers, batch_first=True)
batch_first.load_state_dict(time_first.state_dict())             # same weights
x = torch.randn(N, L, 4)

out_b, (h_b, c_b) = batch_first(x)
out_t, (h_t, c_t) = time_first(x.transpose(0, 1))                # (L, N, 4)
print("batch_first=True:  output", tuple(out_b.shape), " h_n", tuple(h_b.shape))
print("batch_first=False: output", tuple(out_t.shape), " h_n", tuple(h_t.shape))
assert out_b.shape == (N, L, H) and out_t.shape == (L, N, H)  # claim: output-follows-flag
assert h_b.shape == h_t.shape == c_b.shape == c_t.shape == (layers, N, H)  # claim: hn-ignores-flag
assert torch.allclose(h_b, h_t) and torch.allclose(out_b, out_t.transpose(0, 1))  # claim: same-numbers
# claim: docstring-says-so
assert "Note that this does not apply to hidden or cell states" in nn.LSTM.__doc__

# Indexed as if it were batch first, h_n[:, -1] is the last *sample*, one row per layer
print("h_n[:, -1]:", tuple(h_b[:, -1].shape))
assert h_b[:, -1].shape == (layers, H) and torch.equal(h_b[:, -1], h_b.permute(1, 0, 2)[N - 1])  # claim: wrong-index
