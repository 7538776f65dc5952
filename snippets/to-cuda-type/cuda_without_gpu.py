# gpu-capable
import torch

torch.manual_seed(0)
x = torch.rand(3)

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
            assert isinstance(error, AssertionError)
            assert "Torch not compiled with CUDA enabled" in str(error)
    else:
        raise AssertionError("x.cuda() should raise without CUDA")
