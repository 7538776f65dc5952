import inspect

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # built BEFORE the conversion
before = list(model.parameters())
model.to(device, torch.float64)  # on the CPU only the dtype changes; on a GPU both
print("same Parameter objects:", all(p is q for p, q in zip(before, model.parameters())),
      "| now:", model.weight.dtype, model.weight.device)
assert all(p is q and p.dtype == torch.float64 for p, q in zip(before, model.parameters()))  # claim: same-params
if device == "cuda":
    assert all(p is q and p.is_cuda for p, q in zip(before, model.parameters()))  # claim: cuda-same-params
assert all(p is q for p, q in zip(optimizer.param_groups[0]["params"], model.parameters()))  # claim: optimizer-sees-moved
old = model.weight.detach().clone()
model(torch.rand(4, 3, device=device, dtype=torch.float64)).sum().backward()
optimizer.step()
print("step changed the converted weight:", not torch.equal(model.weight, old))
assert model.weight.dtype == torch.float64 and not torch.equal(model.weight, old)  # claim: step-updates-moved

weight = model.weight
model.to("meta")  # this move cannot happen inside the old Parameter: new ones are made
held = optimizer.param_groups[0]["params"][0]
print("after to('meta'): same object:", model.weight is weight, "| optimizer holds a tensor on:", held.device)
assert model.weight is not weight and held is weight and held.device.type == device  # claim: meta-stale
assert not torch._has_compatible_shallow_copy_type(weight, model.weight)  # claim: meta-stale
assert "_has_compatible_shallow_copy_type" in inspect.getsource(torch.nn.Module._apply)  # claim: meta-stale
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # device first, optimizer second
assert optimizer.param_groups[0]["params"][0] is model.weight  # claim: build-after

doc = " ".join(torch.nn.Module.cuda.__doc__.split())
print("Module.cuda docstring:", doc[doc.index("This also"):doc.index(".. note")].strip())
assert "This also makes associated parameters and buffers different objects" in doc  # claim: cuda-doc
assert "called before constructing the optimizer" in doc  # claim: cuda-doc
