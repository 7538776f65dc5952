import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])
wrong_targets = {  # shape (N,): read as indices; shape (N, C): read as probabilities
    "float32 indices, shape (N,)": (target.float(), "expected target dtype to be Long or Byte, but got Float"),
    "int32 indices, shape (N,)": (target.int(), "expected target dtype to be Long or Byte, but got Int"),
    "int64 one-hot, shape (N, C)": (F.one_hot(target, 3), "Expected floating point type for target with class probabilities"),
}
for name, (bad, fragment) in wrong_targets.items():
    try:
        nn.CrossEntropyLoss()(logits, bad)
    except RuntimeError as error:
        print(f"{name}: RuntimeError: {error}")
        assert fragment in str(error)  # claim: shape-then-dtype
    else:
        raise AssertionError(f"{name} should raise")

# The docstring asks for long indices, but uint8 (Byte) indices work too, with the same loss
as_uint8 = nn.CrossEntropyLoss()(logits, target.to(torch.uint8))
print("uint8 indices:", as_uint8, "| int64 indices:", nn.CrossEntropyLoss()(logits, target))
assert "required to be long when using class indices" in nn.CrossEntropyLoss.__doc__  # claim: uint8-accepted
assert torch.equal(as_uint8, nn.CrossEntropyLoss()(logits, target))  # claim: uint8-accepted

# The fixes: .long() for indices, .float() for probabilities
fixed = [target.float().long(), F.one_hot(target, 3).float()]
assert torch.allclose(*[nn.CrossEntropyLoss()(logits, t) for t in fixed])  # claim: dtype-fixes
