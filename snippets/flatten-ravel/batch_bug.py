import torch
from torch import nn

torch.manual_seed(0)
head = nn.Linear(3 * 4 * 4, 10)  # a classifier head after a conv stack

one = torch.rand(1, 3, 4, 4)
print("batch of 1:", tuple(head(torch.flatten(one)).shape))  # runs, but the batch dim is gone
assert head(torch.flatten(one)).shape == (10,)  # claim: batch-one-runs

batch = torch.rand(8, 3, 4, 4)
try:
    head(torch.flatten(batch))  # bug: start_dim=0 merges the samples too
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "cannot be multiplied" in str(error)  # claim: batch-eight-fails
else:
    raise AssertionError("a flattened batch should not fit the head")
assert torch.flatten(batch).numel() == 8 * head.in_features  # claim: eight-times-features
assert torch.equal(batch.view(-1), torch.flatten(batch))  # claim: view-same-bug

fixed = head(torch.flatten(batch, 1))  # fix: keep dim 0, or use nn.Flatten()
print("fixed:", tuple(fixed.shape))
assert fixed.shape == (8, 10) and torch.equal(fixed, head(nn.Flatten()(batch)))  # claim: keep-dim-zero
