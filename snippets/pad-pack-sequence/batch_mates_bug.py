import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

torch.manual_seed(0)
lstm = nn.LSTM(4, 6, batch_first=True)
classifier = nn.Linear(6, 2)
review = torch.randn(3, 4)  # the sequence we care about, length 3
mate_same, mate_long = torch.randn(3, 4), torch.randn(8, 4)  # two possible batch mates


def score_padded(mate):  # bug: pad and feed the tensor, read h_n
    _, (h_n, _) = lstm(pad_sequence([mate, review], batch_first=True))
    return classifier(h_n[-1])[1]


def score_packed(mate):  # fix: pack with the real lengths
    x = pack_padded_sequence(pad_sequence([mate, review], batch_first=True), [len(mate), 3], batch_first=True)
    _, (h_n, _) = lstm(x)
    return classifier(h_n[-1])[1]


for name, mate in (("length-3", mate_same), ("length-8", mate_long)):
    print(f"next to a {name} mate: padded", score_padded(mate).detach(), " packed", score_packed(mate).detach())
assert not torch.allclose(score_padded(mate_same), score_padded(mate_long))  # claim: bug-depends-on-mates
assert torch.allclose(score_packed(mate_same), score_packed(mate_long))  # claim: fix-independent
assert torch.allclose(score_packed(mate_long), classifier(lstm(review[None])[1][0][-1])[0])  # claim: fix-independent
assert torch.allclose(score_padded(mate_same), score_packed(mate_same))  # claim: no-pads-no-bug
