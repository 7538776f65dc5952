import torch
import torch.nn as nn

torch.manual_seed(0)


class Projector(nn.Module):
    def __init__(self, use_buffer):
        super().__init__()
        basis = torch.randn(4, 2)  # a fixed matrix, not trained
        if use_buffer:
            self.register_buffer("basis", basis)  # fix
        else:
            self.basis = basis  # bug: invisible to .to() and state_dict()

    def forward(self, x):
        return x @ self.basis


buggy = Projector(use_buffer=False)
assert buggy(torch.randn(5, 4)).shape == (5, 2)  # claim: works-unconverted
x = torch.randn(5, 4, dtype=torch.float64)
try:
    buggy.double()(x)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "expected m1 and m2 to have the same dtype" in str(error)  # claim: bug-raises
else:
    raise AssertionError("the plain attribute should stay float32")

fixed = Projector(use_buffer=True).double()
out = fixed(x)
print("with register_buffer:", out.dtype, tuple(out.shape))
assert out.dtype == torch.float64  # claim: buffer-fix
assert "basis" not in buggy.state_dict() and "basis" in fixed.state_dict()  # claim: missing-from-checkpoint
