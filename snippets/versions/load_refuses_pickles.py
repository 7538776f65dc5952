import io
import pickle
import re

import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Linear):  # a class of your own, saved whole
    pass


file = io.BytesIO()
torch.save(Net(2, 1), file)
file.seek(0)
model = torch.load(file, weights_only=False)  # a file you trust
print("torch.load(file, weights_only=False):", type(model).__name__)
assert type(model) is Net  # claim: load-opt-out

file.seek(0)
try:
    torch.load(file)  # no weights_only argument
except pickle.UnpicklingError as error:
    first_line = re.sub(r"\x1b\[[0-9;]*m", "", str(error)).splitlines()[0]  # without the terminal's bold codes
    print("torch.load(file):", type(error).__name__, "-", first_line)
    refused = True
else:
    print("torch.load(file): loaded a whole Net")
    refused = False
assert refused  # claim: load-refuses-by-default
