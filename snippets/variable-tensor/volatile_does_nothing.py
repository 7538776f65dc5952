import warnings

import torch
from torch.autograd import Variable

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
x = torch.rand(4, 3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = model(Variable(x, volatile=True))  # once meant: build no graph
    flag = out.volatile
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
print("out.requires_grad:", out.requires_grad, "| out.grad_fn:", type(out.grad_fn).__name__, "| out.volatile:", flag)
messages = [str(w.message) for w in caught]
assert all(w.category is UserWarning for w in caught)  # claim: volatile-warns
assert "volatile was removed and now has no effect. Use `with torch.no_grad():` instead." in messages  # claim: volatile-warns
assert "volatile was removed (Variable.volatile is always False)" in messages and flag is False  # claim: volatile-attr-false
assert out.requires_grad and out.grad_fn is not None  # claim: volatile-graph-recorded

with torch.no_grad():  # what to write instead
    quiet = model(x)
print("under no_grad(): requires_grad:", quiet.requires_grad, "| grad_fn:", quiet.grad_fn)
assert not quiet.requires_grad and quiet.grad_fn is None and torch.equal(quiet, out.detach())  # claim: no-grad-instead

with warnings.catch_warnings(record=True):  # it warns first, as above, then raises
    warnings.simplefilter("always")
    try:
        Variable(x, volatile=True, requires_grad=True)  # the flag is still checked against requires_grad
    except ValueError as error:
        print(f"ValueError: {error}")
        assert "Variable can't be volatile and require_grad at the same time!" in str(error)  # claim: volatile-requires-grad-error
    else:
        raise AssertionError("volatile=True with requires_grad=True should raise")
