import torch
import torch.nn as nn

torch.manual_seed(0)
N, L, C = 2, 5, 3                         # 2 sequences of 5 tokens, 3 classes
logits = torch.randn(N, L, C)             # what a sequence model returns: (N, L, C)
target = torch.randint(0, C, (N, L))      # one class index per token: (N, L)
loss = nn.CrossEntropyLoss()

try:
    loss(logits, target)  # read as (N, C, d1): 5 classes, and a "sequence" of 3
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Expected target size [2, 3], got [2, 5]" in str(error)  # claim: unpermuted-raises
else:
    raise AssertionError("(N, L, C) logits with L != C should raise")

# The classes must be dim 1: (N, C, L)
fixed = loss(logits.permute(0, 2, 1), target)
by_hand = -logits.log_softmax(dim=-1).gather(-1, target[..., None]).mean()  # softmax over the classes
print("loss(logits.permute(0, 2, 1), target) =", fixed)
print("by hand                               =", by_hand)
assert torch.allclose(fixed, by_hand)  # claim: permute-right
doc = nn.CrossEntropyLoss.__doc__  # the shapes its docstring gives, input and class-index target
assert "(N, C, d_1, d_2, ..., d_K)" in doc and "(N)` or :math:`(N, d_1, d_2, ..., d_K)" in doc  # claim: docs-n-c-d
