import torch

torch.manual_seed(0)
print(torch.isclose.__doc__.split("\n")[1])
assert "rtol: float = 1e-05, atol: float = 1e-08" in torch.allclose.__doc__  # claim: default-tolerances
assert "rtol=1e-05, atol=1e-08" in torch.isclose.__doc__  # claim: default-tolerances
# claim: allclose-formula
assert r"\lvert \text{input}_i - \text{other}_i \rvert \leq \texttt{atol} + \texttt{rtol} \times \lvert \text{other}_i \rvert" in torch.allclose.__doc__

# close means |a - b| <= atol + rtol * |b|; float64, so that the sums below are exact enough
b = torch.tensor([1000.0], dtype=torch.float64)
for gap in [0.00999, 0.01001]:  # just inside, just outside
    print(f"1000 + {gap} vs 1000: allclose {torch.allclose(b + gap, b)}")
assert torch.allclose(b + 0.00999, b) and not torch.allclose(b + 0.01001, b)  # claim: rtol-boundary
zero = torch.zeros(1, dtype=torch.float64)  # near zero only atol counts
print("9.9e-9 vs 0:", torch.allclose(zero + 9.9e-9, zero), "| 1.01e-8 vs 0:", torch.allclose(zero + 1.01e-8, zero))
assert torch.allclose(zero + 9.9e-9, zero) and not torch.allclose(zero + 1.01e-8, zero)  # claim: atol-boundary

# rtol scales with |other|, the second argument: the test is not symmetric
one, two = torch.tensor([1.0]), torch.tensor([2.0])  # rtol=0.5: |1 - 2| <= 0.5 * 2, but not <= 0.5 * 1
print("allclose(one, two, rtol=0.5):", torch.allclose(one, two, rtol=0.5),
      "| allclose(two, one, rtol=0.5):", torch.allclose(two, one, rtol=0.5))
assert torch.allclose(one, two, rtol=0.5) and not torch.allclose(two, one, rtol=0.5)  # claim: not-symmetric

r, s = torch.randn(100), torch.randn(100)
for atol in [0.1, 1.0, 10.0]:  # from "few close" to "all close"
    assert torch.allclose(r, s, atol=atol) == torch.isclose(r, s, atol=atol).all().item()  # claim: allclose-is-all-isclose
assert torch.allclose(r, r * (1 + 1e-6)) and not torch.equal(r, r * (1 + 1e-6))  # claim: allclose-not-equal
