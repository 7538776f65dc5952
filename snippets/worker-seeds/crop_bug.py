import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info

torch.manual_seed(0)


class RandomCrops(Dataset):
    def __init__(self):
        self.rng = np.random.default_rng(0)  # bug: made once in the main process, copied into every worker

    def __len__(self):
        return 4

    def __getitem__(self, index):
        top, left = self.rng.integers(0, 7, size=2)  # corner of a random 4 x 4 crop of a 10 x 10 image
        return (int(top), int(left))


def reseed_worker(worker_id):  # fix: give each worker's copy a Generator of its own
    info = get_worker_info()
    info.dataset.rng = np.random.default_rng(info.seed)


def crops(init_fn):
    loader = DataLoader(RandomCrops(), batch_size=None, num_workers=2, multiprocessing_context="fork", worker_init_fn=init_fn)
    return [list(loader), list(loader)]  # items 0, 2 come from worker 0; items 1, 3 from worker 1


bug, fix = crops(None), crops(reseed_worker)
print("bug, crop corners per epoch:", bug)
print("fix, crop corners per epoch:", fix)
assert bug[0][0::2] == bug[0][1::2]  # claim: bug-same-crops
assert bug[0] == bug[1]  # claim: bug-same-epochs
assert fix[0][0::2] != fix[0][1::2] and fix[0] != fix[1]  # claim: fix-differs
