import warnings

import torch

torch.manual_seed(0)
print("torch.amp has GradScaler:", hasattr(torch.amp, "GradScaler"))
assert hasattr(torch.amp, "GradScaler")  # claim: amp-grad-scaler
scaler = torch.amp.GradScaler("cpu", init_scale=2.0**8)
print("torch.amp.GradScaler('cpu').get_scale():", scaler.get_scale())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.cuda.amp.GradScaler(enabled=False)  # the old spelling still builds one
messages = [f"{warning.category.__name__}: {warning.message}" for warning in caught]
print("torch.cuda.amp.GradScaler():", messages or "no warning")
assert any("torch.cuda.amp.GradScaler(args...)` is deprecated" in message for message in messages)  # claim: amp-grad-scaler
