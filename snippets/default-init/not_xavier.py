import math

import torch
import torch.nn as nn

torch.manual_seed(0)


def bounds(fan_in, fan_out):  # (nn.Linear default, xavier_uniform_)
    return 1 / math.sqrt(fan_in), math.sqrt(6 / (fan_in + fan_out))


for fan_in, fan_out in [(1024, 256), (256, 256), (10, 50), (10, 100)]:
    default, xavier = bounds(fan_in, fan_out)
    w = nn.Linear(fan_in, fan_out).weight.detach()
    print(f"Linear({fan_in}, {fan_out}): default {default:.5f}, xavier {xavier:.5f}, "
          f"max |w| above xavier's bound: {(w.abs().max() > xavier).item()}")
    assert w.abs().max() <= default  # claim: within-default
    if fan_out < 5 * fan_in:  # the usual shapes: the default is the narrower one
        assert default < xavier and w.abs().max() < xavier  # claim: default-narrower
    elif fan_out == 5 * fan_in:  # sqrt(6 / (6 * fan_in)) = 1 / sqrt(fan_in)
        assert math.isclose(default, xavier)  # claim: bounds-meet
    else:  # fan_out > 5 * fan_in: the default is the wider one, and the weights show it
        assert default > xavier and w.abs().max() > xavier  # claim: default-wider
