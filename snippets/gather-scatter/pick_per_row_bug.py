import torch

torch.manual_seed(0)
scores = torch.rand(4, 3)             # 4 samples, 3 classes
labels = torch.tensor([2, 0, 1, 2])  # one class per sample

wrong = scores[:, labels]  # bug: every label applied to every row
print("scores[:, labels]:", tuple(wrong.shape))
assert wrong.shape == (4, 4)  # claim: bug-four-by-four

right = scores.gather(1, labels.unsqueeze(1)).squeeze(1)  # fix: one pick per row
print("gather(1, labels[:, None]):", tuple(right.shape))
print("mean of the bug's matrix:", round(wrong.mean().item(), 4), " mean of the right picks:", round(right.mean().item(), 4))
assert right.shape == (4,) and all(right[i] == scores[i, labels[i]] for i in range(4))  # claim: gather-fix
assert torch.equal(right, scores[torch.arange(4), labels])  # claim: paired-indexing-same
assert torch.equal(right, wrong.diagonal())  # claim: wanted-on-diagonal
assert wrong.mean().item() != right.mean().item()  # claim: bug-wrong-mean
