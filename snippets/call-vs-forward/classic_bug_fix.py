import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, call_forward):
        super().__init__()
        self.call_forward = call_forward
        self.backbone = nn.Sequential(nn.Linear(3, 8), nn.ReLU())
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        if self.call_forward:
            features = self.backbone.forward(x)  # bug: skips the backbone's hooks
        else:
            features = self.backbone(x)  # fix: __call__ runs the hooks, then forward()
        return self.head(features)


torch.manual_seed(0)
x = torch.randn(4, 3)
for call_forward in (True, False):
    net, saved = Net(call_forward), {}
    net.backbone.register_forward_hook(lambda module, args, output: saved.update(features=output))
    out = net(x)
    print(f"self.backbone{'.forward' if call_forward else ''}(x): saved {list(saved)}")
    if call_forward:
        assert saved == {}  # claim: bug-nothing-saved
    else:
        assert saved["features"].shape == (4, 8)  # claim: fix-saved
        assert torch.equal(net.head(saved["features"]), out)  # claim: fix-saved
