import torch
import torch.nn as nn

torch.manual_seed(0)


def build():
    block = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU())
    return nn.Sequential(nn.Conv2d(3, 3, 1), nn.BatchNorm2d(3), block)  # one BatchNorm nested in a block


def frozen_bn(model):  # names of the BatchNorm layers in eval mode with frozen parameters
    return [name for name, m in model.named_modules() if isinstance(m, nn.BatchNorm2d)
            and not m.training and not any(p.requires_grad for p in m.parameters())]


buggy, fixed = build().train(), build().train()
for m in buggy.children():  # bug: the direct children only
    if isinstance(m, nn.BatchNorm2d):
        m.eval().requires_grad_(False)
for m in fixed.modules():  # fix: every module, at any depth
    if isinstance(m, nn.BatchNorm2d):
        m.eval().requires_grad_(False)

all_bn = [name for name, m in fixed.named_modules() if isinstance(m, nn.BatchNorm2d)]
print("BatchNorm layers:          ", all_bn)
print("frozen through children():", frozen_bn(buggy))
print("frozen through modules():  ", frozen_bn(fixed))
assert frozen_bn(buggy) == ["1"] and buggy[2][1].training and buggy[2][1].weight.requires_grad  # claim: bug-misses-nested
assert frozen_bn(fixed) == all_bn == ["1", "2.1"]  # claim: fix-all-frozen
# The requires_grad_(False) stays, the eval() doesn't: model.train() switches every module back
fixed.train()
assert fixed[1].training and fixed[2][1].training and not fixed[1].weight.requires_grad  # claim: train-undoes-eval
