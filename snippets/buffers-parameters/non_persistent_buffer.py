import torch
import torch.nn as nn

torch.manual_seed(0)


class Smoother(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("running", torch.zeros(3))
        # Rebuilt from scratch in __init__, so no need to save it
        self.register_buffer("kernel", torch.ones(3) / 3, persistent=False)


m = Smoother()
print("buffers():   ", [name for name, _ in m.named_buffers()])
print("state_dict():", list(m.state_dict()))
assert [name for name, _ in m.named_buffers()] == ["running", "kernel"]  # claim: non-persistent-listed
assert list(m.state_dict()) == ["running"]  # claim: non-persistent-not-saved

# Loading a checkpoint does not need it, and strict loading still succeeds
fresh = Smoother()
result = fresh.load_state_dict(m.state_dict())
print(result)
assert result.missing_keys == [] and result.unexpected_keys == []  # claim: strict-load-ok
assert torch.equal(fresh.kernel, torch.ones(3) / 3)  # claim: strict-load-ok
