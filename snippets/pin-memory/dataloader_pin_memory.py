import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
dataset = TensorDataset(torch.rand(8, 3), torch.arange(8))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(dataset, batch_size=4, pin_memory=True)  # batches are pinned for you
    features, labels = next(iter(loader))
messages = [str(w.message) for w in caught]

if torch.cuda.is_available():
    print("branch: CUDA | batch pinned:", features.is_pinned() and labels.is_pinned())
    assert features.is_pinned() and labels.is_pinned()  # claim: loader-pins
else:
    print("branch: no CUDA | batch pinned:", features.is_pinned())
    print("UserWarning:", messages[0])
    assert not features.is_pinned() and not labels.is_pinned()  # claim: loader-no-pin
    assert "no accelerator is found" in messages[0]  # claim: loader-warns
