import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
seqs = [torch.randn(5, 4), torch.randn(2, 4), torch.randn(3, 4)]
lengths = torch.tensor([5, 2, 3])
padded = pad_sequence(seqs, batch_first=True)
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print("packed.data:", tuple(packed.data.shape), " batch_sizes:", packed.batch_sizes.tolist())
assert packed.data.shape == (int(lengths.sum()), 4)  # claim: packed-no-pads
assert packed.batch_sizes.tolist() == [int((lengths > t).sum()) for t in range(5)]  # claim: batch-sizes

unpacked, back_lengths = pad_packed_sequence(packed, batch_first=True)
print("unpacked:", tuple(unpacked.shape), " lengths:", back_lengths.tolist(), back_lengths.dtype)
assert torch.equal(unpacked, padded) and torch.equal(back_lengths, lengths) and back_lengths.dtype == torch.int64  # claim: round-trip

# Padded wider than the longest sequence: the round trip stops at the longest one unless total_length says
wide = torch.zeros(3, 7, 4)
wide[:, :5] = padded
packed_wide = pack_padded_sequence(wide, lengths, batch_first=True, enforce_sorted=False)
print("wide (3, 7, 4) back:", tuple(pad_packed_sequence(packed_wide, batch_first=True)[0].shape),
      " with total_length=7:", tuple(pad_packed_sequence(packed_wide, batch_first=True, total_length=7)[0].shape))
assert pad_packed_sequence(packed_wide, batch_first=True)[0].shape == (3, 5, 4)  # claim: total-length
assert torch.equal(pad_packed_sequence(packed_wide, batch_first=True, total_length=7)[0], wide)  # claim: total-length
