import multiprocessing

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
fork = multiprocessing.get_context("fork")  # the Linux default on Python 3.11


def child_draw(queue):
    queue.put(float(np.random.rand()))  # a plain forked child: no one reseeds NumPy


class NumPyDraw(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return float(np.random.rand())


np.random.seed(0)
queue = fork.Queue()
children = [fork.Process(target=child_draw, args=(queue,)) for _ in range(2)]
for child in children:
    child.start()
plain = sorted(queue.get(timeout=30) for _ in children)
for child in children:
    child.join(timeout=30)
workers = list(DataLoader(NumPyDraw(), batch_size=None, num_workers=2, multiprocessing_context="fork"))
parent_next = float(np.random.rand())  # the parent's own next draw
print("parent's next draw:        ", round(parent_next, 4))
print("two plain forked children: ", [round(d, 4) for d in plain])
print("two DataLoader workers:    ", [round(float(d), 4) for d in workers])
assert plain == [parent_next, parent_next]  # claim: fork-copies-numpy
assert parent_next not in workers and workers[0] != workers[1]  # claim: loader-reseeds-numpy
