import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, H = 3, 5, 6
lstm = nn.LSTM(4, H, batch_first=True, bidirectional=True)
x = torch.randn(N, L, 4)
output, (h_n, c_n) = lstm(x)  # output: (N, L, 2H), forward in [..., :H], reverse in [..., H:]
print("output:", tuple(output.shape), " h_n:", tuple(h_n.shape))
assert output.shape == (N, L, 2 * H) and h_n.shape == (2, N, H)  # claim: bi-shapes

# The forward direction ends at the last step, the reverse direction at step 0
print("output[:, -1, :H] == h_n[0]: ", torch.equal(output[:, -1, :H], h_n[0]))
print("output[:, 0, H:]  == h_n[-1]:", torch.equal(output[:, 0, H:], h_n[-1]))
print("output[:, -1, H:] == h_n[-1]:", torch.equal(output[:, -1, H:], h_n[-1]))
assert torch.equal(output[:, -1, :H], h_n[0])  # claim: forward-ends-last
assert torch.equal(output[:, 0, H:], h_n[-1])  # claim: reverse-ends-first
assert not torch.allclose(output[:, -1, H:], h_n[-1])  # claim: last-step-not-reverse-final
assert not torch.allclose(output[:, -1], torch.cat((h_n[0], h_n[-1]), dim=1))  # claim: last-step-not-reverse-final

# At the last step the reverse direction has read one element: changing all earlier steps leaves it alone
x2 = x.clone()
x2[:, :-1] = torch.randn(N, L - 1, 4)
output2, _ = lstm(x2)
assert torch.allclose(output2[:, -1, H:], output[:, -1, H:])  # claim: reverse-last-saw-one
assert not torch.allclose(output2[:, -1, :H], output[:, -1, :H])  # claim: reverse-last-saw-one
