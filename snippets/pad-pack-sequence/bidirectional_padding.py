import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
H = 6
long, short = torch.randn(5, 4), torch.randn(2, 4)
padded = pad_sequence([long, short], batch_first=True)
lengths = torch.tensor([5, 2])
lstm = nn.LSTM(4, H, batch_first=True, bidirectional=True)
alone, _ = lstm(short[None])  # (1, 2, 2H)

out_pad, _ = lstm(padded)  # the reverse direction starts on the 3 pad steps
packed_out, _ = lstm(pack_padded_sequence(padded, lengths, batch_first=True))
out_pack, _ = pad_packed_sequence(packed_out, batch_first=True)
print("padded, reverse half of step 0 right:", torch.allclose(out_pad[1, 0, H:], alone[0, 0, H:]))
print("packed, reverse half of step 0 right:", torch.allclose(out_pack[1, 0, H:], alone[0, 0, H:]))
assert torch.allclose(out_pad[1, :2, :H], alone[0, :, :H])  # claim: forward-unaffected
assert not any(torch.allclose(out_pad[1, t, H:], alone[0, t, H:]) for t in range(2))  # claim: reverse-reads-pads
assert torch.allclose(out_pack[1, :2], alone[0])  # claim: packed-bi-right
