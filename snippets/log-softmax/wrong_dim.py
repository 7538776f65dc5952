import torch

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 4 samples (dim 0), 3 classes (dim 1)

wrong = torch.softmax(logits, dim=0)  # bug: normalises each class over the batch
right = torch.softmax(logits, dim=1)  # one distribution per sample
print("dim=0, row sums:   ", wrong.sum(dim=1))
print("dim=0, column sums:", wrong.sum(dim=0))
print("dim=1, row sums:   ", right.sum(dim=1))
assert not torch.allclose(wrong.sum(dim=1), torch.ones(4))
assert torch.allclose(wrong.sum(dim=0), torch.ones(3))  # the columns are what sums to 1
assert torch.allclose(right.sum(dim=1), torch.ones(4))
assert torch.equal(torch.softmax(logits, dim=-1), right)  # dim=-1: the last dim, whatever the rank
