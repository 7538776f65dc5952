import torch

torch.manual_seed(0)
scores = torch.rand(4, 3)             # 4 samples, 3 classes
labels = torch.tensor([2, 0, 1, 2])  # one class per sample

wrong = scores[:, labels]  # bug: every label applied to every row
print("scores[:, labels]:", tuple(wrong.shape))
assert wrong.shape == (4, 4)  # no error, a 4 x 4 matrix instead of 4 values

right = scores.gather(1, labels.unsqueeze(1)).squeeze(1)  # fix: one pick per row
print("gather(1, labels[:, None]):", tuple(right.shape))
assert right.shape == (4,)
assert torch.equal(right, scores[torch.arange(4), labels])  # the same picks, by paired indexing
assert torch.equal(right, wrong.diagonal())  # the wanted values sit on the diagonal of the bug's result
