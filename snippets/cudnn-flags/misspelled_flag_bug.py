import torch

torch.manual_seed(0)
cudnn = torch.backends.cudnn
index, values = torch.tensor([0, 0]), torch.tensor([1.0, 2.0])

cudnn.determinstic = True  # typo: creates a new attribute on the module, silently
print("after the typo, cudnn.deterministic =", cudnn.deterministic)
assert cudnn.deterministic is False
del cudnn.determinstic

cudnn.deterministic = True  # spelled right, but it only steers cuDNN's convolutions
torch.zeros(5).put_(index, values)  # an op outside cuDNN: no complaint
print("with cudnn.deterministic = True, put_ ran without complaint")
cudnn.deterministic = False

torch.use_deterministic_algorithms(True)  # the fix: covers every op, and says when it cannot
try:
    torch.zeros(5).put_(index, values)
except RuntimeError as error:
    print("with torch.use_deterministic_algorithms(True): RuntimeError:", str(error).split(",")[0])
    assert "does not have a deterministic implementation" in str(error)
else:
    raise AssertionError("put_ should raise in deterministic mode")
finally:
    torch.use_deterministic_algorithms(False)  # restore the default
