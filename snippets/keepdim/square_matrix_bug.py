import warnings

import torch

torch.manual_seed(0)
x = torch.rand(3, 3)  # square: rows and columns have the same length

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = x / x.sum(dim=1)  # bug: (3,) broadcasts as a row, (1, 3): column j is divided by row j's sum
right = x / x.sum(dim=1, keepdim=True)  # fix: (3, 1), each row divided by its own sum
print("wrong, row sums:", wrong.sum(dim=1))
print("right, row sums:", right.sum(dim=1))
assert not caught and not torch.allclose(wrong, right)  # claim: square-silent-wrong
assert torch.allclose(right.sum(dim=1), torch.ones(3))  # claim: fix-rows-sum-one
assert not torch.allclose(wrong.sum(dim=1), torch.ones(3))  # claim: bug-rows-not-one
assert torch.allclose(wrong, x / x.sum(dim=1)[None, :])  # claim: bug-divides-columns

# Two other spellings of the fix
assert torch.equal(x / x.sum(dim=1)[:, None], right)  # claim: three-fixes-same
assert torch.equal(x / x.sum(dim=1).unsqueeze(1), right)  # claim: three-fixes-same
