import torch

torch.manual_seed(0)
x = torch.rand(3)
assert "Returns a copy of this object in CUDA memory" in torch.Tensor.cuda.__doc__  # claim: cuda-doc

if torch.cuda.is_available():
    print("branch: CUDA available; x.cuda() is on", x.cuda().device)
    assert x.cuda().device.type == "cuda" and x.cuda() is not x
else:
    print("branch: no CUDA; torch.version.cuda =", torch.version.cuda)
    try:
        x.cuda()
    except (AssertionError, RuntimeError) as error:
        print(f"{type(error).__name__}: {error}")
        if torch.version.cuda is None:  # a CPU-only build, like the one this page runs on
            assert isinstance(error, AssertionError) and not isinstance(error, RuntimeError)  # claim: cuda-assertion
            assert "Torch not compiled with CUDA enabled" in str(error)  # claim: cuda-raises
    else:
        raise AssertionError("x.cuda() should raise without CUDA")
