import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
x, target = torch.randn(8, 3, 6, 6), torch.randn(8, 4, 4, 4)
for optimizer_class in (torch.optim.SGD, torch.optim.Adam):
    torch.manual_seed(0)
    conv, bn = nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4)  # bug: bias=True in front of BatchNorm
    optimizer = optimizer_class([*conv.parameters(), *bn.parameters()], lr=0.01)
    bias0, weight0 = conv.bias.detach().clone(), conv.weight.detach().clone()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(20):
            optimizer.zero_grad()
            nn.functional.mse_loss(bn(conv(x)), target).backward()
            optimizer.step()
    assert not caught  # claim: no-warning
    bias_moved = (conv.bias - bias0).abs().max().item()
    weight_moved = (conv.weight - weight0).abs().max().item()
    print(f"{optimizer_class.__name__:4}: bias moved more than 1e-2? {bias_moved > 1e-2}; weight did? {weight_moved > 1e-2}")
    assert weight_moved > 1e-2  # claim: weights-train
    if optimizer_class is torch.optim.SGD:
        assert bias_moved < 1e-6  # claim: sgd-bias-frozen
    else:
        assert bias_moved > 1e-2  # claim: adam-bias-drifts
        with torch.no_grad():  # and all that movement changes nothing in training mode
            reset = nn.Conv2d(3, 4, 3)
            reset.weight.copy_(conv.weight)
            reset.bias.copy_(bias0)
            assert torch.allclose(bn(reset(x)), bn(conv(x)), atol=1e-5)  # claim: adam-bias-drifts
