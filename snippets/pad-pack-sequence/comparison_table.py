import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence, pad_sequence

torch.manual_seed(0)
seqs = [torch.randn(5, 4), torch.randn(2, 4), torch.randn(3, 4)]  # lengths 5, 2, 3: not sorted
lengths = torch.tensor([5, 2, 3])
padded = pad_sequence(seqs, batch_first=True)  # (3, 5, 4)
lstm = nn.LSTM(4, 6, batch_first=True)
alone = [lstm(s[None])[1][0][0, 0] for s in seqs]  # h_n of each sequence run on its own
inputs = {
    "padded": lambda: padded,
    "pack_padded_sequence(padded, lengths, batch_first=True)": lambda: pack_padded_sequence(padded, lengths, batch_first=True),
    "pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)":
        lambda: pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False),
    "pack_sequence(seqs, enforce_sorted=False)": lambda: pack_sequence(seqs, enforce_sorted=False),
}
print("| input | type | output type | h_n[0, i] equals sequence i run alone |\n|---|---|---|---|")
rows = {}
for name, make in inputs.items():
    try:
        x = make()
    except RuntimeError as error:
        rows[name] = (f"`{type(error).__name__}`", "—", "—")
    else:
        output, (h_n, _) = lstm(x)
        same = " ".join(f"{len(s)}: {'✓' if torch.allclose(h_n[0, i], alone[i]) else '✗'}" for i, s in enumerate(seqs))
        rows[name] = (f"`{type(x).__name__}`", f"`{type(output).__name__}`", same)
    print(f"| `{name}` | {' | '.join(rows[name])} |")

# claim: table-rows
assert list(rows.values()) == [("`Tensor`", "`Tensor`", "5: ✓ 2: ✗ 3: ✗"), ("`RuntimeError`", "—", "—"),
                               ("`PackedSequence`", "`PackedSequence`", "5: ✓ 2: ✓ 3: ✓"),
                               ("`PackedSequence`", "`PackedSequence`", "5: ✓ 2: ✓ 3: ✓")]
