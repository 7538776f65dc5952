import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, L, C = 2, 5, 3
logits = torch.randn(N, L, C)
target = torch.randint(0, C, (N, L))

permuted = F.cross_entropy(logits.permute(0, 2, 1), target)     # (N, C, L) with (N, L)
flattened = F.cross_entropy(logits.view(-1, C), target.view(-1))  # (N*L, C) with (N*L,)
print("permute(0, 2, 1):         ", permuted)
print("view(-1, C) and view(-1): ", flattened)
assert torch.allclose(permuted, flattened)  # claim: permute-equals-flatten

# Per token, reduction="none" keeps the layout of the target: (N, L), or (N*L,) once flattened
per_token = F.cross_entropy(logits.permute(0, 2, 1), target, reduction="none")
per_row = F.cross_entropy(logits.view(-1, C), target.view(-1), reduction="none")
print("per-token shapes:", tuple(per_token.shape), tuple(per_row.shape))
assert per_token.shape == (N, L) and per_row.shape == (N * L,)  # claim: none-shapes
assert torch.allclose(per_token.view(-1), per_row)  # claim: none-shapes

# Flattening needs the (N, L, C) layout: on the permuted tensor view() refuses...
try:
    logits.permute(0, 2, 1).view(-1, C)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "view size is not compatible" in str(error) and "Use .reshape(...) instead" in str(error)  # claim: view-after-permute
else:
    raise AssertionError("view() on the permuted logits should raise")
# ...and the reshape() it suggests runs, but each row now mixes the classes of different tokens
rows = logits.permute(0, 2, 1).reshape(-1, C)
assert torch.equal(rows[0], logits[0, :C, 0])  # claim: reshape-advice-wrong
mixed = F.cross_entropy(rows, target.view(-1))  # row 0: the class-0 scores of tokens 0, 1 and 2
print("permute(0, 2, 1).reshape(-1, C):", mixed)
assert not torch.isclose(mixed, flattened)  # claim: reshape-advice-wrong
