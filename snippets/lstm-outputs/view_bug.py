import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, H = 3, 5, 6
lstm = nn.LSTM(4, H, num_layers=2, batch_first=True, bidirectional=True)
x = torch.randn(N, L, 4)
output, (h_n, c_n) = lstm(x)
# h_n is (layers * directions, N, H): layer 0 fwd, layer 0 rev, layer 1 fwd, layer 1 rev
layout = h_n.view(2, 2, N, H)  # (layers, directions, N, H)
bottom = nn.LSTM(4, H, batch_first=True, bidirectional=True)  # layer 0 alone, same weights
bottom.load_state_dict({k: v for k, v in lstm.state_dict().items() if "_l0" in k})
assert torch.allclose(layout[0], bottom(x)[1][0])  # claim: hn-layout
assert torch.equal(layout[-1, 0], output[:, -1, :H]) and torch.equal(layout[-1, 1], output[:, 0, H:])  # claim: hn-layout

wrong = h_n[-2:].view(N, -1)  # bug: the right shape, (N, 2H), but rows of different samples
right = torch.cat((h_n[-2], h_n[-1]), dim=1)  # fix: top layer, forward then reverse, per sample
print("wrong:", tuple(wrong.shape), " right:", tuple(right.shape))
print("same numbers:", torch.allclose(wrong, right))
assert wrong.shape == right.shape and not torch.allclose(wrong, right)  # claim: view-silent-wrong
assert torch.equal(wrong[0], torch.cat((h_n[-2, 0], h_n[-2, 1])))  # claim: view-mixes-samples

# Two other correct spellings
assert torch.equal(right, h_n[-2:].permute(1, 0, 2).reshape(N, -1))  # claim: fix-spellings
assert torch.equal(right, torch.cat((output[:, -1, :H], output[:, 0, H:]), dim=1))  # claim: fix-spellings
