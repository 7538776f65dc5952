import torch

torch.manual_seed(0)
wrong = torch.randint(1, 6, (100_000,))  # meant: a six-sided die
right = torch.randint(1, 7, (100_000,))  # high is exclusive, so 6 + 1

print("randint(1, 6):", wrong.unique().tolist())
print("randint(1, 7):", right.unique().tolist())

assert wrong.unique().tolist() == [1, 2, 3, 4, 5]  # claim: dice-no-six
assert right.unique().tolist() == [1, 2, 3, 4, 5, 6]  # claim: dice-fix
