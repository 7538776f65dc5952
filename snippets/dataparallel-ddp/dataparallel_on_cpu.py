import warnings

import torch
from torch import nn
from torch.nn.parallel import DistributedDataParallel

assert not torch.cuda.is_available(), "this example shows DataParallel on a machine without a GPU"
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
x = torch.rand(8, 4)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    dp = nn.DataParallel(model)
    asked = nn.DataParallel(model, device_ids=[0, 1])  # two GPUs asked for, none present
    out = dp(x)
print("device_ids:", dp.device_ids, "and", asked.device_ids, "| warnings:", len(caught))
assert dp.device_ids == [] and asked.device_ids == []  # claim: dp-no-devices
assert not caught  # claim: dp-no-warning
assert torch.equal(out, model(x)) and dp.module is model  # claim: dp-runs-module

out.sum().backward()  # the gradients land on the wrapped model's own parameters
assert all(p.grad is not None for p in model.parameters())  # claim: dp-same-parameters
assert list(dp.parameters()) == list(model.parameters())  # claim: dp-same-parameters
try:
    DistributedDataParallel(model)  # DDP, by contrast, needs a process group first
except ValueError as error:
    print(f"ValueError: {error}")
    assert "Default process group has not been initialized" in str(error)  # claim: ddp-needs-group
else:
    raise AssertionError("DDP without init_process_group should raise")

# What the pinned torch's own docstrings say
dp_doc = " ".join(nn.DataParallel.__doc__.split())
ddp_doc = " ".join(DistributedDataParallel.__doc__.split())
for doc, start in [(dp_doc, "It is recommended"), (ddp_doc, "``DistributedDataParallel`` is proven")]:
    print(doc[doc.index(start):].split(". ")[0] + ".")
assert "recommended to use :class:`~torch.nn.parallel.DistributedDataParallel`, instead of this class" in dp_doc  # claim: doc-recommends-ddp
assert "to do multi-GPU training, even if there is only a single node" in dp_doc  # claim: doc-recommends-ddp
assert "significantly faster than :class:`torch.nn.DataParallel` for single-node multi-GPU" in ddp_doc  # claim: doc-faster
