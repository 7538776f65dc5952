import weakref

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
MiB = 2**20
start = torch.cuda.memory_allocated()
batch = torch.rand(64, 1024, 1024, device=device)  # 256 MiB
watch = weakref.ref(batch)
kept = batch[0, 0, :10]  # the bug: 10 numbers, but a view of the whole batch
del batch
print("branch:", device, "| batch still alive:", watch() is not None,
      "| storage behind kept:", kept.untyped_storage().nbytes() // MiB, "MiB")
assert watch() is not None and kept.untyped_storage().nbytes() == 256 * MiB  # claim: slice-holds-all
if device == "cuda":
    print(f"memory_allocated() above start: {(torch.cuda.memory_allocated() - start) / MiB:.0f} MiB")
    assert torch.cuda.memory_allocated() - start >= 256 * MiB  # claim: slice-holds-gpu
kept = kept.clone()  # the fix: a copy of just the 10 numbers; the batch is freed
print("after clone(): batch still alive:", watch() is not None,
      "| storage behind kept:", kept.untyped_storage().nbytes(), "bytes")
assert watch() is None and kept.untyped_storage().nbytes() == 10 * 4  # claim: clone-frees
if device == "cuda":
    print(f"memory_allocated() above start: {(torch.cuda.memory_allocated() - start) / MiB:.0f} MiB")
    assert torch.cuda.memory_allocated() - start < MiB  # claim: clone-frees-gpu
