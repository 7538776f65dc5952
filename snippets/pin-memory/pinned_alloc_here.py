import torch

torch.manual_seed(0)
if torch.cuda.is_available():
    buffer = torch.empty(1000, pin_memory=True)  # allocate pinned from the start, no extra copy
    print("branch: CUDA | torch.empty(..., pin_memory=True).is_pinned():", buffer.is_pinned())
    assert buffer.is_pinned() and buffer.device.type == "cpu"  # claim: alloc-pinned
else:
    print("branch: no CUDA")
    try:
        torch.empty(1000, pin_memory=True)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        if torch.version.cuda is None:
            assert "no pinned memory allocator" in str(error)  # claim: alloc-raises
    else:
        raise AssertionError("pin_memory=True should raise without an accelerator")
