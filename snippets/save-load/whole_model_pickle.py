import io
import sys
import zipfile

import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(x)


model, x = Net(), torch.randn(3, 4)
file = io.BytesIO()
torch.save(model, file)  # pickles the object: a reference to __main__.Net plus its tensors
pickled = zipfile.ZipFile(file).read("archive/data.pkl")  # the pickle inside the zip file
assert b"__main__\nNet" in pickled and b"self.fc(x)" not in pickled  # claim: pickle-names-class
file.seek(0)
restored = torch.load(file, weights_only=False)  # full unpickling: only for files you trust
print(type(restored).__name__, "| same outputs:", torch.equal(restored(x), model(x)))
assert type(restored) is Net and torch.equal(restored(x), model(x))  # claim: whole-model-restores

del Net  # the class can no longer be found where the pickle says it lives
file.seek(0)
try:
    torch.load(file, weights_only=False)
except AttributeError as error:
    print(f"AttributeError: {str(error).split(' on <module')[0]}")
    assert "Can't get attribute 'Net' on <module '__main__'" in str(error)  # claim: needs-class
    main = sys.modules["__main__"]  # run as a script, its repr names the file; in a notebook it names none
    assert str(error).endswith(repr(main)) and getattr(main, "__file__", "") in str(error)  # claim: message-names-path
else:
    raise AssertionError("loading a pickled model without its class should fail")
