import inspect

import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(2, 5, 3)                    # (N, L, C)
target = torch.tensor([[2, 0, 1, -100, -100],    # 3 real tokens, then padding marked -100
                       [1, 0, 0, 2, 1]])
real = target != -100

loss = F.cross_entropy(logits.permute(0, 2, 1), target)  # ignore_index=-100 is the default
per_token = F.cross_entropy(logits.permute(0, 2, 1), target, reduction="none")
print("per-token losses:\n", per_token)
print("loss:", loss, "| mean over the real tokens only:", F.cross_entropy(logits[real], target[real]))
assert inspect.signature(F.cross_entropy).parameters["ignore_index"].default == -100  # claim: default-minus-100
assert (per_token[~real] == 0).all()  # claim: padding-zero
assert torch.allclose(loss, per_token.sum() / real.sum())  # claim: mean-over-real
assert torch.allclose(loss, F.cross_entropy(logits[real], target[real]))  # claim: mean-over-real

# Padding stored as class 0 counts as a real token of class 0
padded_with_0 = torch.where(real, target, 0)
counted = F.cross_entropy(logits.permute(0, 2, 1), padded_with_0)
print("padding as 0:", counted)
assert not torch.isclose(counted, loss)  # claim: pad-zero-counted
# ignore_index=0 then drops the padding, and the real tokens of class 0 with it
ignored = F.cross_entropy(logits.permute(0, 2, 1), padded_with_0, ignore_index=0)
print("padding as 0, ignore_index=0:", ignored)
assert torch.allclose(ignored, F.cross_entropy(logits[target > 0], target[target > 0])) and not torch.isclose(ignored, loss)  # claim: ignore-zero

all_padding = F.cross_entropy(logits.permute(0, 2, 1), torch.full((2, 5), -100))
print("a batch of nothing but padding:", all_padding)
assert all_padding.isnan()  # claim: all-padding-nan
