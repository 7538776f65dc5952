import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])
wrong_targets = {
    "float32 indices, shape (N,)": (target.float(), "but got Float"),
    "int32 indices, shape (N,)": (target.int(), "but got Int"),
    "int64 one-hot, shape (N, C)": (F.one_hot(target, 3), "got Long"),
}
for name, (bad, fragment) in wrong_targets.items():
    try:
        nn.CrossEntropyLoss()(logits, bad)
    except RuntimeError as error:
        print(f"{name}: RuntimeError: {error}")
        assert fragment in str(error)
    else:
        raise AssertionError(f"{name} should raise")

# The fixes: .long() for indices, .float() for probabilities
fixed = [target.float().long(), F.one_hot(target, 3).float()]
assert torch.allclose(*[nn.CrossEntropyLoss()(logits, t) for t in fixed])
