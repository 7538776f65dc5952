import io
import pickle
import zipfile

import torch

torch.manual_seed(0)
ran = []


def side_effect():  # stands for any function a malicious file could name
    ran.append("code ran during torch.load")
    return "harmless here"


class Payload:
    def __reduce__(self):  # pickle will call side_effect() to rebuild this object
        return side_effect, ()


file = io.BytesIO()
torch.save(Payload(), file)
assert b"side_effect" in zipfile.ZipFile(file).read("archive/data.pkl")  # claim: pickle-names-function
file.seek(0)
try:
    torch.load(file)  # the default, weights_only=True, refuses to call it
except pickle.UnpicklingError as error:
    assert "side_effect" in str(error) and ran == []  # claim: default-blocks-code
else:
    raise AssertionError("the default torch.load should refuse to call side_effect")
print("weights_only=True: ran =", ran)
file.seek(0)
torch.load(file, weights_only=False)  # full unpickling calls whatever the file names
print("weights_only=False: ran =", ran)
assert ran == ["code ran during torch.load"]  # claim: unsafe-runs-code
