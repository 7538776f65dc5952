import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


def seed_worker(worker_id):  # the worker_init_fn of the Reproducibility notes
    worker_seed = torch.initial_seed() % 2**32
    np.random.seed(worker_seed)
    random.seed(worker_seed)


class NumPyDraw(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return [torch.initial_seed(), float(np.random.rand())]


for init_fn in [None, seed_worker]:
    torch.manual_seed(0)
    rows = list(DataLoader(NumPyDraw(), batch_size=None, num_workers=2, multiprocessing_context="fork", worker_init_fn=init_fn))
    draws = [draw for seed, draw in rows]
    like_doc = [np.random.RandomState(seed % 2**32).rand() for seed, draw in rows]  # what seed_worker's seed gives
    print(f"worker_init_fn={getattr(init_fn, '__name__', None)}: NumPy draws {[round(d, 4) for d in draws]}")
    assert draws[0] != draws[1]  # claim: numpy-differs-either-way
    if init_fn is None:
        assert draws != like_doc  # claim: seed-worker-changes-numpy
    else:
        assert draws == like_doc  # claim: seed-worker-changes-numpy, init-after-seeding

try:
    np.random.seed(rows[0][0])  # a worker's full 64-bit seed
except ValueError as error:
    print(f"ValueError: {error}")
    assert "between 0 and 2**32 - 1" in str(error)  # claim: numpy-seed-32-bit
else:
    raise AssertionError("np.random.seed should refuse a 64-bit seed")
