import multiprocessing as mp
import socket

import torch
import torch.distributed as dist
import torch.nn as nn

torch.manual_seed(0)
x = torch.cat([torch.randn(4, 3, 4, 4), torch.randn(4, 3, 4, 4) + 1])  # process r gets x[4r:4r + 4]
def worker(rank, port, queue):
    torch.set_num_threads(1)  # forked after torch ran threaded ops: stay on one thread
    device = "cuda" if torch.cuda.is_available() else "cpu"  # chosen here: the parent never starts CUDA
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=2)
    sbn = nn.SyncBatchNorm(3).to(device)  # training mode, in a process group of two
    try:
        out = sbn(x[4 * rank : 4 * rank + 4].to(device))
        running = torch.stack([sbn.running_mean, sbn.running_var])
        queue.put((rank, device, out.detach().cpu().numpy(), running.cpu().numpy()))  # plain arrays
    except ValueError as error:
        queue.put((rank, device, f"ValueError: {error}", None))
    # No destroy_process_group(): the group ends with this process. Destroying it can hang (gloo's
    # thread, freeing an all-reduce, waits for the GIL held while joining it: 4 hangs in 226 runs).

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
ctx = mp.get_context("fork")
queue = ctx.Queue()
procs = [ctx.Process(target=worker, args=(rank, port, queue)) for rank in range(2)]
[p.start() for p in procs]
results = sorted(queue.get(timeout=60) for _ in procs)
[p.join(timeout=60) for p in procs]
full_bn = nn.BatchNorm2d(3)  # one process, the whole batch of 8
full = full_bn(x)
for rank, device, out, running in results:
    print(f"rank {rank}, device {device}:", out if isinstance(out, str) else "forward ran")
    if device == "cuda":
        assert torch.allclose(torch.from_numpy(out), full[4 * rank : 4 * rank + 4], atol=1e-5)  # claim: gpu-full-batch
        assert torch.allclose(torch.from_numpy(running), torch.stack([full_bn.running_mean, full_bn.running_var]), atol=1e-6)  # claim: gpu-running-stats
    else:  # a tensor here would mean the CPU forward stopped raising
        assert out == "ValueError: SyncBatchNorm expected input tensor to be on GPU or XPU or privateuseone"  # claim: cpu-raises
