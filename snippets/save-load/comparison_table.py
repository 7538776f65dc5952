import io
import pickle

import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Linear):  # any class of your own
    pass


def loaded_type(file, **options):  # the type torch.load returns, or None if it fails
    try:
        file.seek(0)
        return type(torch.load(file, **options)).__name__
    except (pickle.UnpicklingError, AttributeError):
        return None


model = Net(4, 2)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
saved = {"model.state_dict()": model.state_dict(), "model": model,
         '{"model": …, "optim": …, "epoch": 3}':
         {"model": model.state_dict(), "optim": optimizer.state_dict(), "epoch": 3}}
print("| what you save | file holds | needs the class to load? | works with weights_only=True? |")
print("|---|---|---|---|")
rows = []
for what, obj in saved.items():
    file = io.BytesIO()
    torch.save(obj, file)
    holds = loaded_type(file, weights_only=False)
    cls = globals().pop("Net")  # hide the class, as in a script that never defines it
    needs_class = loaded_type(file, weights_only=False) is None
    globals()["Net"] = cls
    safe = loaded_type(file) is not None  # the default, weights_only=True
    rows.append((holds, needs_class, safe))
    print(f"| `torch.save({what})` | `{holds}` | {'✓' if needs_class else '✗'} | {'✓' if safe else '✗'} |")
# claim: only-model-needs-class, only-model-refused
assert rows == [("OrderedDict", False, True), ("Net", True, False), ("dict", False, True)]
