import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence, pad_sequence

torch.manual_seed(0)
seqs = [torch.randn(2, 4), torch.randn(5, 4), torch.randn(3, 4)]
lengths = torch.tensor([2, 5, 3])  # not in decreasing order
padded = pad_sequence(seqs, batch_first=True)

try:
    pack_padded_sequence(padded, lengths, batch_first=True)  # enforce_sorted=True is the default
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "must be sorted in decreasing order when `enforce_sorted` is True" in str(error)  # claim: sorted-rejects
else:
    raise AssertionError("unsorted lengths with enforce_sorted=True should raise")
try:
    pack_sequence(seqs)  # the list version has the same default
except RuntimeError as error:
    assert "must be sorted in decreasing order" in str(error)  # claim: pack-sequence-same-rule
else:
    raise AssertionError("pack_sequence with unsorted lengths should raise")

packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print("sorted_indices:", packed.sorted_indices.tolist())
assert packed.sorted_indices.tolist() == [1, 2, 0]  # claim: unsorted-accepted
assert pack_sequence(seqs, enforce_sorted=False).sorted_indices.tolist() == [1, 2, 0]  # claim: pack-sequence-same-rule

# Sorting by hand and keeping the default gives the same h_n, once put back in batch order
lstm = nn.LSTM(4, 6, batch_first=True)
_, (h_n, _) = lstm(packed)  # rows already in the original order
order = lengths.argsort(descending=True)
_, (h_sorted, _) = lstm(pack_padded_sequence(padded[order], lengths[order], batch_first=True))
assert torch.allclose(h_n[:, order], h_sorted)  # claim: unsorted-same-result
# claim: original-order
assert all(torch.allclose(h_n[0, i], lstm(s[None])[1][0][0, 0]) for i, s in enumerate(seqs))
assert "only necessary for ONNX export" in pack_padded_sequence.__doc__  # claim: onnx-only
