import torch
from torch.utils.data import DataLoader, Dataset


class Noise(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return [index, round(torch.rand(()).item(), 4)]  # (which item, a random augmentation)


def run(generator=None, extra_draw=False):
    torch.manual_seed(0)
    if extra_draw:
        torch.nn.Linear(2, 2)  # e.g. a model built before the loader: it draws from the global generator
    loader = DataLoader(Noise(), batch_size=None, shuffle=True, num_workers=2,
                        multiprocessing_context="fork", generator=generator)
    return [list(loader) for epoch in range(2)]


plain, plain_moved = run(), run(extra_draw=True)
own, own_moved = run(torch.Generator().manual_seed(1)), run(torch.Generator().manual_seed(1), extra_draw=True)
print("global seed only, epoch 0:       ", plain[0])
print("... one more global draw first:  ", plain_moved[0])
print("generator=, epoch 0:             ", own[0])
print("... one more global draw first:  ", own_moved[0])
assert plain == run()  # claim: global-seed-repeats
assert plain != plain_moved  # claim: global-seed-fragile
assert own == own_moved  # claim: generator-independent
assert own[0] != own[1]  # claim: generator-epochs-differ

torch.manual_seed(0)
iter(DataLoader(Noise(), num_workers=0))  # even without workers, each iter() draws a base seed
after_iter = torch.rand(())
torch.manual_seed(0)
assert not torch.equal(after_iter, torch.rand(()))  # claim: iter-consumes-draw
doc = " ".join(DataLoader.__doc__.split())  # the docstring's words, line breaks removed
# claim: docs-generator-both
assert "used by RandomSampler to generate random indexes and multiprocessing to generate ``base_seed``" in doc
