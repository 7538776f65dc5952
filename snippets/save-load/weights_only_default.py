import io
import pickle
import re

import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Linear):  # any class of your own
    pass


file = io.BytesIO()
torch.save(Net(4, 2), file)  # the whole model
file.seek(0)
try:
    torch.load(file)  # weights_only=True is the default
except pickle.UnpicklingError as error:
    message = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # drop the terminal bold codes
    print(f"UnpicklingError: {message}".strip().expandtabs(4))  # torch indents with tabs
    assert "Unsupported global: GLOBAL __main__.Net" in message  # claim: default-refuses-class
    # claim: message-two-ways
    assert "In PyTorch 2.6, we changed the default value of the `weights_only` argument" in message
    assert "`weights_only` set to `False`" in message and "add_safe_globals" in message  # claim: message-two-ways
else:
    raise AssertionError("torch.load refused nothing: weights_only may no longer default to True")

file.seek(0)
with torch.serialization.safe_globals([Net]):  # the allowlist way out, for a class you trust
    assert type(torch.load(file)) is Net  # claim: allowlist-works

weights = io.BytesIO()
torch.save(Net(4, 2).state_dict(), weights)  # only tensors in a dict
weights.seek(0)
state = torch.load(weights)  # the safe default loads it
print("state_dict keys:", list(state))
assert list(state) == ["weight", "bias"]  # claim: state-dict-loads-default
