import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0])
print("torch.softmax(x, dim=0):", [round(value, 4) for value in torch.softmax(x, dim=0).tolist()])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    guessed = F.softmax(x)  # no dim: the functional form still guesses one
print("F.softmax(x):", [round(value, 4) for value in guessed.tolist()], "with", [f"{w.category.__name__}: {w.message}" for w in caught])
assert any("Implicit dimension choice for softmax has been deprecated" in str(w.message) for w in caught)  # claim: f-softmax-guesses

try:
    torch.softmax(x)  # no dim: torch.softmax never guesses
except TypeError as error:
    print(f"torch.softmax(x): TypeError: {error}")
    message = str(error)
else:
    print("torch.softmax(x): returned without a dim")
    message = None
assert message is not None  # claim: softmax-raises
assert message == 'softmax() missing 1 required positional arguments: "dim"'  # claim: softmax-message
