import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Draws(Dataset):
    def __init__(self):
        self.rng = np.random.default_rng(0)  # a NumPy Generator made once, in the main process

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return [get_worker_info().id, torch.rand(()).item(), random.random(), float(np.random.rand()), float(self.rng.random())]


def two_epochs():
    torch.manual_seed(0)
    loader = DataLoader(Draws(), batch_size=None, num_workers=2, multiprocessing_context="fork")
    return [list(loader) for epoch in range(2)]  # new workers for each epoch


first_run, second_run = two_epochs(), two_epochs()
calls = ["torch.rand(())", "random.random()", "np.random.rand()", "self.rng.random()"]
print("| draw | same in both workers? | same in both epochs? | same in a second run? |")
print("|---|---|---|---|")
cells = []
for column, call in enumerate(calls, start=1):
    epochs = [[row[column] for row in epoch] for epoch in first_run]
    worker = [[row[column] for row in first_run[0] if row[0] == w] for w in (0, 1)]
    again = [[row[column] for row in epoch] for epoch in second_run]
    cells.append((worker[0] == worker[1], epochs[0] == epochs[1], epochs == again))
    print(f"| `{call}` |", " | ".join("✓" if c else "✗" for c in cells[-1]), "|")

assert [row[0] for row in first_run[0]] == [0, 1, 0, 1]  # claim: table-round-robin
assert cells[:3] == [(False, False, True)] * 3  # claim: table-three-differ
assert cells[3] == (True, True, True)  # claim: table-generator-copied
