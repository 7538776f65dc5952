# gpu-capable
import torch

torch.manual_seed(0)
x = torch.rand(1000)
print("x.is_pinned():", x.is_pinned())
assert not x.is_pinned()  # ordinary (pageable) memory from the allocator

if torch.cuda.is_available():
    xp = x.pin_memory()  # a page-locked copy in host memory
    print("branch: CUDA | xp.is_pinned():", xp.is_pinned(), "| still on", xp.device)
    assert xp.is_pinned() and xp.device.type == "cpu" and torch.equal(xp, x)
    assert xp.data_ptr() != x.data_ptr()  # a copy, not x itself
else:
    print("branch: no CUDA")
    try:
        x.pin_memory()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        if torch.version.cuda is None:  # a CPU-only build, like the one this page runs on
            assert "none is available" in str(error)
    else:
        raise AssertionError("pin_memory() should raise without an accelerator")
