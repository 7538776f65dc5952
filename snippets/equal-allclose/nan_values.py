import torch

torch.manual_seed(0)
a = torch.tensor([1.0, float("nan")])
b = a.clone()
print("a == b:                         ", a == b)
print("torch.equal(a, b):              ", torch.equal(a, b), "| torch.equal(a, a):", torch.equal(a, a))
print("torch.allclose(a, b):           ", torch.allclose(a, b))
print("torch.allclose(a, b, equal_nan=True):", torch.allclose(a, b, equal_nan=True))
assert (a == b).tolist() == [True, False] and (a != a).tolist() == [False, True]  # claim: nan-not-equal
assert not torch.equal(a, b) and not torch.equal(a, a)  # claim: nan-equal-false
assert not torch.allclose(a, b) and torch.allclose(a, b, equal_nan=True)  # claim: nan-equal-nan
assert torch.isclose(a, b, equal_nan=True).tolist() == [True, True]  # claim: nan-equal-nan
assert not torch.allclose(a, torch.tensor([1.0, 0.0]), equal_nan=True)  # claim: nan-only-nan

inf = torch.tensor([float("inf"), -float("inf")])  # infinities, unlike NaN, equal themselves
assert (inf == inf).all() and torch.equal(inf, inf.clone()) and torch.allclose(inf, inf.clone())  # claim: inf-equal
assert not torch.isclose(inf, torch.tensor([1e38, -1e38]), rtol=1.0).any()  # claim: inf-close-only-itself
# claim: inf-close-only-itself
assert "nonfinite they are close if and only if they are equal" in " ".join(torch.isclose.__doc__.split())
print("isnan finds them:", torch.isnan(a).tolist())
assert torch.isnan(a).tolist() == [False, True]  # claim: isnan
