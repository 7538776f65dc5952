import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

torch.manual_seed(0)
long, short = torch.randn(5, 4), torch.randn(2, 4)
padded = pad_sequence([long, short], batch_first=True)  # (2, 5, 4): short gets 3 pad steps
lengths = torch.tensor([5, 2])
lstm = nn.LSTM(4, 6, batch_first=True)
_, (h_alone, _) = lstm(short[None])  # the short sequence on its own, no padding

output, (h_pad, _) = lstm(padded)  # the LSTM reads the pad steps as real input
_, (h_pack, _) = lstm(pack_padded_sequence(padded, lengths, batch_first=True))
print("padded: h_n of the short one equals it alone:", torch.allclose(h_pad[0, 1], h_alone[0, 0]))
print("packed: h_n of the short one equals it alone:", torch.allclose(h_pack[0, 1], h_alone[0, 0]))
assert not torch.allclose(h_pad[0, 1], h_alone[0, 0])  # claim: padded-hn-differs
assert torch.allclose(h_pack[0, 1], h_alone[0, 0])  # claim: packed-hn-alone
assert torch.allclose(h_pad[0, 0], h_pack[0, 0])  # claim: longest-unaffected

# With padding, the state at the short one's real last step is still right: the pad steps come after it
assert torch.allclose(output[1, 1], h_alone[0, 0])  # claim: last-real-step-right
assert not torch.allclose(output[1, -1], h_alone[0, 0])  # claim: padded-hn-differs
