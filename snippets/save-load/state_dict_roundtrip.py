import io

import torch
from torch import nn

torch.manual_seed(0)
make = lambda: nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
trained, fresh = make(), make()  # two independent random initialisations
x = torch.randn(5, 4)
assert not torch.equal(trained(x), fresh(x))

file = io.BytesIO()
torch.save(trained.state_dict(), file)  # names -> tensors, nothing else
file.seek(0)
state = torch.load(file)  # weights_only=True is fine for this
print({name: tuple(t.shape) for name, t in state.items()})
result = fresh.load_state_dict(state)
print(result)
assert not result.missing_keys and not result.unexpected_keys

print("outputs identical:", torch.equal(fresh(x), trained(x)))
assert torch.equal(fresh(x), trained(x))  # bit for bit, not just close
