import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


def make_model():
    return nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))


def same_weights(a, b):
    return all(torch.equal(p, q) for p, q in zip(a.parameters(), b.parameters()))


torch.manual_seed(0)
trained = nn.DataParallel(make_model())  # DistributedDataParallel(model) saves the same keys
checkpoint = trained.state_dict()  # the bug: saving the wrapper
print("saved keys:", list(checkpoint))
plain = make_model()  # e.g. a test script that doesn't wrap the model
try:
    plain.load_state_dict(checkpoint)
except RuntimeError as error:
    print(f"RuntimeError: {error}".expandtabs(4))  # torch indents with tabs
    assert "Missing key(s)" in str(error) and 'Unexpected key(s) in state_dict: "module.0.weight"' in str(error)  # claim: prefix-raises
else:
    raise AssertionError("module.-prefixed keys should not load into a plain model")

loaded = plain.load_state_dict(checkpoint, strict=False)  # silences the error, and loads nothing
assert len(loaded.missing_keys) == len(loaded.unexpected_keys) == len(checkpoint)  # claim: strict-false-nothing
assert not same_weights(plain, trained)  # claim: strict-false-nothing
print("fix 1:", plain.load_state_dict(trained.module.state_dict()))  # save what the wrapper wraps
assert same_weights(plain, trained)  # claim: fix-module-state-dict
fresh = make_model()
consume_prefix_in_state_dict_if_present(checkpoint, "module.")  # fix 2: strip the prefix, in place
print("fix 2:", fresh.load_state_dict(checkpoint), list(checkpoint)[0])
assert same_weights(fresh, trained) and list(checkpoint)[0] == "0.weight"  # claim: fix-strip-prefix

wrapped = nn.DataParallel(make_model())  # the other way round: plain keys into a wrapper
try:
    wrapped.load_state_dict(plain.state_dict())
except RuntimeError as error:
    assert 'Missing key(s) in state_dict: "module.0.weight"' in str(error) and 'Unexpected key(s) in state_dict: "0.weight"' in str(error)  # claim: reverse-raises
else:
    raise AssertionError("plain keys should not load into a wrapped model")
print("into .module:", wrapped.module.load_state_dict(plain.state_dict()))
assert same_weights(wrapped, trained)  # claim: reverse-fix
