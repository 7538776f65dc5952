import inspect
import multiprocessing

import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"


def use_device(queue):  # runs in the forked child
    try:
        queue.put(f"ok, sum = {torch.ones(2, device=device).sum().item()}")
    except RuntimeError as error:
        queue.put(f"RuntimeError: {error}")


torch.zeros(2, device=device)  # the parent uses the device first: on a GPU, CUDA is now initialised
fork = multiprocessing.get_context("fork")
queue = fork.Queue()
child = fork.Process(target=use_device, args=(queue,))
child.start()
forked = queue.get(timeout=60)
child.join(timeout=60)
print(f"device {device!r}, forked child: {forked}")
source = inspect.getsource(torch.cuda._lazy_init)  # where torch sets CUDA up, on first use
assert "_is_in_bad_fork()" in source and "Cannot re-initialize CUDA in forked subprocess" in source  # claim: source-has-check
if device == "cuda":
    assert torch.cuda.is_initialized()  # claim: parent-initialised
    assert forked.startswith("RuntimeError: Cannot re-initialize CUDA in forked subprocess")  # claim: cuda-fork-error
    assert "you must use the 'spawn' start method" in forked  # claim: error-names-spawn
else:
    print("no CUDA on this machine: the forked child computes on the CPU")
    assert not torch.cuda.is_available() and not torch.cuda.is_initialized()  # claim: cpu-no-cuda
    assert forked == "ok, sum = 2.0"  # claim: cpu-fork-fine
