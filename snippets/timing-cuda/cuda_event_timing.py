import torch

torch.manual_seed(0)
assert "milliseconds" in torch.cuda.Event.elapsed_time.__doc__  # claim: event-ms
assert "synchronization markers" in torch.cuda.Event.__doc__ and "measure timing" in torch.cuda.Event.__doc__  # claim: event-doc
if torch.cuda.is_available():
    a = torch.rand(4096, 4096, device="cuda")
    a @ a  # warm-up
    start = torch.cuda.Event(enable_timing=True)
    end = torch.cuda.Event(enable_timing=True)
    start.record()  # queued on the stream, like the kernels
    c = a @ a
    end.record()
    end.synchronize()  # wait until the GPU has reached `end`
    ms = start.elapsed_time(end)  # milliseconds, measured by the GPU itself
    print("branch: CUDA; elapsed_time() returned a float in ms:", isinstance(ms, float) and ms > 0)
    assert isinstance(ms, float) and ms > 0 and end.query()  # claim: event-gpu
else:
    print("branch: no CUDA")
    try:
        torch.cuda.Event(enable_timing=True)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        if torch.version.cuda is None:  # a CPU-only build, like the one this page runs on
            assert "dummy base class Event" in str(error)  # claim: event-dummy
    else:
        raise AssertionError("torch.cuda.Event should not work without CUDA")
