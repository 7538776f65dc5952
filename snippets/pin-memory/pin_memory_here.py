import torch

torch.manual_seed(0)
x = torch.rand(1000)
print("x.is_pinned():", x.is_pinned())
assert not any(t.is_pinned() for t in (x, torch.empty(10), torch.zeros(10)))  # claim: not-pinned-by-default

if torch.cuda.is_available():
    xp = x.pin_memory()  # a page-locked copy in host memory
    print("branch: CUDA | xp.is_pinned():", xp.is_pinned(), "| still on", xp.device)
    assert xp.is_pinned() and xp.device.type == "cpu" and torch.equal(xp, x)  # claim: pin-copies
    assert not x.is_pinned() and xp.data_ptr() != x.data_ptr()  # claim: pin-copies
    assert xp.pin_memory() is xp  # claim: pin-already-pinned
    again = x.pin_memory()  # each call on x makes a new pinned copy
    assert again.is_pinned() and again.data_ptr() != xp.data_ptr()  # claim: pin-new-each-call
else:
    print("branch: no CUDA")
    try:
        x.pin_memory()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        if torch.version.cuda is None:  # a CPU-only build, like the one this page runs on
            assert "none is available" in str(error)  # claim: pin-raises
    else:
        raise AssertionError("pin_memory() should raise without an accelerator")
