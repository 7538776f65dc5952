from collections import Counter

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU()),
    nn.ModuleDict({"deep": nn.Sequential(nn.BatchNorm3d(8), nn.GroupNorm(2, 8))}),  # nested two levels down
    nn.BatchNorm1d(8), nn.InstanceNorm2d(8), nn.LayerNorm(8),
)
shapes = {nn.BatchNorm1d: (4, 8), nn.BatchNorm2d: (4, 8, 5, 5), nn.BatchNorm3d: (4, 8, 3, 3, 3)}
for m in model.modules():  # weights that are not all ones, and one training step each
    if type(m) in shapes:
        nn.init.uniform_(m.weight)
        m(torch.randn(shapes[type(m)]))
model[2].eval()  # one layer left in eval mode
names = lambda net: Counter(type(m).__name__ for m in net.modules() if "Norm" in type(m).__name__)
before, state, params = names(model), {k: v.clone() for k, v in model.state_dict().items()}, list(model.parameters())
flags = [m.training for m in model.modules()]

converted = nn.SyncBatchNorm.convert_sync_batchnorm(model)
print("before:", dict(before))
print("after: ", dict(names(converted)))
assert converted is model and names(model)["SyncBatchNorm"] == 3 == sum(before[f"BatchNorm{k}d"] for k in (1, 2, 3))  # claim: convert-replaces
assert not any(n.startswith("BatchNorm") for n in names(model))  # claim: convert-replaces
assert type(model[1]["deep"][0]) is nn.SyncBatchNorm  # claim: convert-replaces
assert all(names(model)[n] == before[n] for n in ("GroupNorm", "InstanceNorm2d", "LayerNorm"))  # claim: others-untouched
assert state.keys() == model.state_dict().keys()  # claim: keeps-state
assert all(torch.equal(state[k], v) for k, v in model.state_dict().items())  # claim: keeps-state
assert all(a is b for a, b in zip(params, model.parameters()))  # claim: same-parameters
assert [m.training for m in model.modules()] == flags and not model[2].training  # claim: keeps-mode

bn = nn.BatchNorm2d(8)
alone = nn.SyncBatchNorm.convert_sync_batchnorm(bn)  # a bare BatchNorm: a new object comes back
assert alone is not bn and type(alone) is nn.SyncBatchNorm and alone.weight is bn.weight  # claim: bare-new-object
doc = " ".join(nn.SyncBatchNorm.__doc__.split())
assert torch.equal(nn.SyncBatchNorm(8).weight, torch.ones(8)) and torch.equal(bn.weight, torch.ones(8))  # claim: docs-uniform
assert r"sampled from :math:`\mathcal{U}(0, 1)`" in doc  # claim: docs-uniform
assert "calculated per-dimension over all mini-batches of the same process groups" in doc  # claim: docs-sync-all
assert "occurs only while training" in doc  # claim: docs-sync-all
