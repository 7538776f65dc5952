import torch

torch.manual_seed(0)
a = torch.rand(2, 3, 4)
b = torch.rand(2, 4, 5)
print("bmm:", tuple(torch.bmm(a, b).shape))
assert torch.bmm(a, b).shape == (2, 3, 5)  # claim: bmm-batched

try:
    torch.bmm(a, torch.rand(1, 4, 5))  # batch 1 is not broadcast to 2
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Expected size for first two dimensions of batch2 tensor" in str(error)  # claim: bmm-no-broadcast
else:
    raise AssertionError("bmm() with unequal batch sizes should raise")

try:
    torch.bmm(torch.rand(3, 4), torch.rand(4, 5))  # 2-D is not accepted either
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "batch1 must be a 3D tensor" in str(error)  # claim: bmm-3d-only
else:
    raise AssertionError("bmm() on 2-D tensors should raise")

try:
    torch.bmm(a, torch.rand(4, 5))  # nor a 3-D batch with one 2-D matrix, which @ would broadcast
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "batch2 must be a 3D tensor" in str(error)  # claim: bmm-3d-only
else:
    raise AssertionError("bmm() with a 2-D second operand should raise")
