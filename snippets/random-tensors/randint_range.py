import torch

torch.manual_seed(0)
k = torch.randint(3, 7, (1_000_000,))  # low=3 inclusive, high=7 exclusive

values, counts = k.unique(return_counts=True)
print("values:", values.tolist())
print("counts:", counts.tolist())
print("7 drawn?", bool((k == 7).any()))

assert values.tolist() == [3, 4, 5, 6]  # claim: randint-values
assert (k == 3).any() and not (k == 7).any()  # claim: randint-half-open
assert counts.min() > 240_000 and counts.max() < 260_000  # claim: randint-uniform
