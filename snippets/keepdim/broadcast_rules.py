import torch

torch.manual_seed(0)
# Broadcasting lines shapes up from the right: a (n,) operand is read as (1, n), a row
print("(3, 3) with (3,):  ", tuple(torch.broadcast_shapes((3, 3), (3,))))
print("(2, 3) with (2, 1):", tuple(torch.broadcast_shapes((2, 3), (2, 1))))
assert torch.broadcast_shapes((3, 3), (3,)) == torch.broadcast_shapes((3, 3), (1, 3))  # claim: vector-is-row
assert torch.broadcast_shapes((2, 3), (2, 1)) == (2, 3)  # claim: column-faces-rows
# claim: from-the-right
assert (torch.ones(4, 2, 3) * torch.ones(2, 3)).shape == (4, 2, 3)  # from the left, 2 would meet 4 and clash

try:
    torch.broadcast_shapes((2, 3), (2,))  # shapes only, no tensors: and it can refuse
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Attempting to broadcast a dimension of length 2" in str(error)  # claim: broadcast-shapes-raises
else:
    raise AssertionError("(2, 3) with (2,) should not broadcast")

x = torch.rand(2, 3)
centred = x - x.mean(dim=1, keepdim=True)  # (2, 1) is a column: each row meets its own mean
print("row means after centring are zero:", torch.allclose(centred.mean(dim=1), torch.zeros(2), atol=1e-6))
assert torch.allclose(centred.mean(dim=1), torch.zeros(2), atol=1e-6)  # claim: centred-rows-zero
