import torch
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
model = torch.nn.Linear(3, 1).to(device)  # on a GPU, this initialises CUDA in the main process


class Rows(Dataset):
    def __init__(self, where):
        self.where = where

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return torch.full((3,), float(index), device=self.where)


def first_batch(where):
    loader = DataLoader(Rows(where), batch_size=2, num_workers=2, multiprocessing_context="fork")
    try:
        return next(iter(loader))
    except RuntimeError as error:
        return f"RuntimeError: {error}"


bug = first_batch(device)  # bug: the workers create tensors on the device
fix = first_batch("cpu")  # fix: the workers return CPU tensors...
out = model(fix.to(device))  # ...and the main process moves the batch
print(f"device {device!r}, workers making {device} tensors:", bug.splitlines()[0] if isinstance(bug, str) else bug.device)
if device == "cuda":
    assert isinstance(bug, str) and bug.startswith("RuntimeError: Caught RuntimeError in DataLoader worker process")  # claim: loader-reraises
    assert "Cannot re-initialize CUDA in forked subprocess" in bug  # claim: loader-cuda-error
else:
    print("no CUDA on this machine: the workers make CPU tensors, and the batch loads")
    assert not isinstance(bug, str) and bug.device.type == "cpu"  # claim: loader-cpu-fine
print("fix: batch made on", fix.device, "| model output on", out.device)
assert fix.device.type == "cpu" and out.device.type == torch.device(device).type  # claim: fix-moves-in-main
