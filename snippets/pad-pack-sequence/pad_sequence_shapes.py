import torch
from torch.nn.utils.rnn import pad_sequence

torch.manual_seed(0)
seqs = [torch.randn(5, 4), torch.randn(2, 4), torch.randn(3, 4)]  # 3 sequences, 4 features per step

time_first = pad_sequence(seqs)                   # the default: batch_first=False
batch_first = pad_sequence(seqs, batch_first=True)
print("pad_sequence(seqs):                  ", tuple(time_first.shape))
print("pad_sequence(seqs, batch_first=True):", tuple(batch_first.shape))
assert time_first.shape == (5, 3, 4) and batch_first.shape == (3, 5, 4)  # claim: pad-shapes
assert torch.equal(time_first.transpose(0, 1), batch_first)  # claim: pad-shapes

# Each sequence is copied in, and the steps after its end are filled with padding_value (0 by default)
# claim: pad-zeros
assert all(torch.equal(batch_first[i, :len(s)], s) and (batch_first[i, len(s):] == 0).all() for i, s in enumerate(seqs))
filled = pad_sequence(seqs, batch_first=True, padding_value=-1.0)
print("sequence 1, padding_value=-1:\n", filled[1])
assert (filled[1, 2:] == -1).all() and torch.equal(filled[1, :2], seqs[1])  # claim: padding-value

# The padded tensor keeps no record of the lengths: a length-5 sequence that ends in real zeros pads the same
real_zeros = [seqs[0], torch.cat((seqs[1], torch.zeros(3, 4))), seqs[2]]
assert torch.equal(pad_sequence(real_zeros, batch_first=True), batch_first)  # claim: no-lengths
