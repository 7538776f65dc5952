import torch

torch.manual_seed(0)
top = torch.rand(2, 3)
bottom = torch.rand(1, 3)  # fewer rows, same number of columns

joined = torch.cat([top, bottom])  # dim=0: only dim 0 may differ
print("cat((2, 3), (1, 3)):", tuple(joined.shape))
assert joined.shape == (3, 3)  # claim: cat-joined-dim-differs
assert torch.equal(torch.concat([top, bottom]), joined)  # claim: concat-same
assert "Alias of :func:`torch.cat`" in torch.concat.__doc__ and torch.concat is not torch.cat  # claim: concat-alias

try:
    torch.cat([top, torch.rand(2, 4)])  # dim 1 differs, but we join along dim 0
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Sizes of tensors must match except in dimension 0" in str(error)  # claim: cat-others-match
else:
    raise AssertionError("cat() with mismatched non-cat dims should raise")

side = torch.cat([top, torch.rand(2, 4)], dim=1)  # along dim 1 the rows match, so it works
print("along dim=1 instead:", tuple(side.shape))
assert side.shape == (2, 7)  # claim: cat-other-dim-works

empty = torch.tensor([])  # the documented exception: a 1-D empty tensor is skipped
print("cat with an empty (0,) tensor:", tuple(torch.cat([top, empty]).shape))
assert torch.equal(torch.cat([top, empty]), top)  # claim: cat-empty-exception
