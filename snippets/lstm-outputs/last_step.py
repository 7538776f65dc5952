import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, H = 3, 5, 6
lstm = nn.LSTM(input_size=4, hidden_size=H, batch_first=True)
x = torch.randn(N, L, 4)  # (batch, time, features)
output, (h_n, c_n) = lstm(x)
print("output:", tuple(output.shape), " h_n:", tuple(h_n.shape), " c_n:", tuple(c_n.shape))
print("output[:, -1] equals h_n[-1]:", torch.equal(output[:, -1], h_n[-1]))
assert torch.equal(output[:, -1], h_n[-1])  # claim: last-step-equals-hn

# output holds h_t for every step: running the first t steps alone ends in output[:, t - 1]
for t in range(1, L + 1):
    _, (h_t, _) = lstm(x[:, :t])
    assert torch.allclose(h_t[-1], output[:, t - 1])  # claim: output-every-step
assert not any(torch.allclose(output[:, t], h_n[-1]) for t in range(L - 1))  # claim: first-step-not-final

# c_n, the cell state, has h_n's shape but appears nowhere in output
assert c_n.shape == h_n.shape  # claim: cn-not-in-output
assert not any(torch.allclose(output[:, t], c_n[-1]) for t in range(L))  # claim: cn-not-in-output
