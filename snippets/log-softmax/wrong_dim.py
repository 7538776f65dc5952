import torch

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 4 samples (dim 0), 3 classes (dim 1)

wrong = torch.softmax(logits, dim=0)  # bug: normalises each class over the batch
right = torch.softmax(logits, dim=1)  # one distribution per sample
print("dim=0, row sums:   ", wrong.sum(dim=1))
print("dim=0, column sums:", wrong.sum(dim=0))
print("dim=1, row sums:   ", right.sum(dim=1))
assert not torch.allclose(wrong.sum(dim=1), torch.ones(4))  # claim: wrong-dim-rows
assert torch.allclose(wrong.sum(dim=0), torch.ones(3))  # claim: wrong-dim-rows
assert torch.allclose(right.sum(dim=1), torch.ones(4))  # claim: dim-sums-to-one
x3 = torch.randn(2, 5, 3)
assert torch.equal(torch.softmax(logits, dim=-1), right) and torch.equal(torch.softmax(x3, dim=-1), torch.softmax(x3, dim=2))  # claim: dim-minus-one
