import io
import os
import tempfile

import torch
from torch import nn

torch.manual_seed(0)
make = lambda: nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
trained, fresh = make(), make()  # two independent random initialisations
x = torch.randn(5, 4)
assert not torch.equal(trained(x), fresh(x))  # claim: fresh-differs

file = io.BytesIO()
torch.save(trained.state_dict(), file)  # names -> tensors, nothing else
file.seek(0)
state = torch.load(file)  # weights_only=True is fine for this
print({name: tuple(t.shape) for name, t in state.items()})
assert all(isinstance(t, torch.Tensor) for t in state.values())  # claim: state-dict-tensors
result = fresh.load_state_dict(state)
print(result)
assert str(result) == "<All keys matched successfully>"  # claim: all-keys-matched
assert fresh[0].weight.data_ptr() != state["0.weight"].data_ptr()  # claim: load-copies

print("outputs identical:", torch.equal(fresh(x), trained(x)))
assert torch.equal(fresh(x), trained(x))  # claim: roundtrip-exact

with tempfile.TemporaryDirectory() as folder:  # a path instead of an in-memory file
    path = os.path.join(folder, "model.pt")
    torch.save(trained.state_dict(), path)
    from_path = torch.load(path)
assert all(torch.equal(from_path[k], state[k]) for k in state)  # claim: path-same
