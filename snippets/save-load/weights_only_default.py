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
    torch.load(file)  # weights_only=True is the default since torch 2.6
except pickle.UnpicklingError as error:
    message = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # drop the terminal bold codes
    print(f"UnpicklingError: {message}".strip().expandtabs(4))  # torch indents with tabs
    assert message.startswith("Weights only load failed")
    assert "changed the default value of the `weights_only` argument" in message
    assert "Unsupported global: GLOBAL __main__.Net" in str(error)
else:
    raise AssertionError("torch.load refused nothing: weights_only may no longer default to True")

weights = io.BytesIO()
torch.save(Net(4, 2).state_dict(), weights)  # only tensors in a dict
weights.seek(0)
print("state_dict keys:", list(torch.load(weights)))  # the safe default loads it
