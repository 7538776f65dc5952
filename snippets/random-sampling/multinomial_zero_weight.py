import torch

torch.manual_seed(0)
w = torch.tensor([1.0, 0.0, 3.0])  # index 1 has weight 0: two non-zero weights
two = torch.multinomial(w.expand(100_000, 3), 2)
three = torch.multinomial(w.expand(100_000, 3), 3)  # the docs say this is not allowed
print("2 draws, index 1 drawn:", bool((two == 1).any()))
print("3 draws, first rows:", three[:3].tolist())
assert not (two == 1).any()  # claim: zero-weight-skipped
assert (three[:, 2] == 1).all() and not (three[:, :2] == 1).any()  # claim: zero-weight-last
doc = " ".join(torch.multinomial.__doc__.split())  # the docstring, line breaks removed
assert "must be lower than number of non-zero elements" in doc  # claim: docs-fewer-than-nonzero
