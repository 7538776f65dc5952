import torch

torch.manual_seed(0)
matmul = torch.backends.cuda.matmul
matmul.fp32_precision = "tf32"  # TF32 on, with the new API (a library may do this for you)
for name, read in [("allow_tf32", lambda: matmul.allow_tf32),
                   ("get_float32_matmul_precision()", torch.get_float32_matmul_precision)]:
    try:
        read()  # the bug: reading the setting through the old API
    except RuntimeError as error:
        print(f"{name} -> RuntimeError: {error}")
        assert "mix of the legacy and new APIs" in str(error)  # claim: mix-raises
    else:
        raise AssertionError(f"{name} should raise after fp32_precision = 'tf32'")
print("fix, read fp32_precision:", repr(matmul.fp32_precision))
assert matmul.fp32_precision == "tf32"  # claim: read-new-api
matmul.fp32_precision = "ieee"  # the counter-case: the new API saying "no TF32"
print("after fp32_precision = 'ieee': allow_tf32 =", matmul.allow_tf32)
assert matmul.allow_tf32 is False and torch.get_float32_matmul_precision() == "highest"  # claim: ieee-reads-fine
matmul.fp32_precision = "none"  # back to the default
assert matmul.allow_tf32 is False and torch.get_float32_matmul_precision() == "highest"  # claim: restores
