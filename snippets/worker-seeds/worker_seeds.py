import random

import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Seeds(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        info = get_worker_info()  # None in the main process
        worker = info.id if info is not None else None
        return [worker, info.seed if info else None, torch.initial_seed(), torch.rand(()).item(), random.random()]


torch.manual_seed(0)
bases = [torch.empty((), dtype=torch.int64).random_().item() for epoch in range(2)]  # what the loader will draw
torch.manual_seed(0)
loader = DataLoader(Seeds(), batch_size=None, num_workers=2, multiprocessing_context="fork")
for epoch, base in enumerate(bases):
    for worker, info_seed, seed, torch_draw, random_draw in loader:
        print(f"epoch {epoch}, worker {worker}: torch.initial_seed() = {seed}")
        assert seed == info_seed == base + worker  # claim: base-plus-id
        assert torch_draw == torch.rand((), generator=torch.Generator().manual_seed(seed)).item()  # claim: torch-seeded
        assert random_draw == random.Random(seed).random()  # claim: random-seeded
assert bases[0] != bases[1]  # claim: new-base-each-epoch

torch.manual_seed(0)
worker, info_seed, seed, _, _ = next(iter(DataLoader(Seeds(), batch_size=None, num_workers=0)))
print("num_workers=0:", worker, info_seed, seed)
assert worker is None and seed == 0  # claim: main-process-untouched
