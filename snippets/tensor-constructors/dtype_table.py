import numpy as np
import torch

torch.manual_seed(0)
sources = {
    "ints": [1, 2, 3],
    "floats": [1.0, 2.0, 3.0],
    "np.float64": np.array([1.0, 2.0, 3.0], dtype=np.float64),
    "np.int32": np.array([1, 2, 3], dtype=np.int32),
}
constructors = {"torch.tensor": torch.tensor, "torch.Tensor": torch.Tensor,
                "torch.as_tensor": torch.as_tensor, "torch.from_numpy": torch.from_numpy}
found = {}
print("| constructor | from ints | from floats | from np.float64 | from np.int32 |")
print("|---|---|---|---|---|")
for name, make in constructors.items():
    cells = []
    for data in sources.values():
        try:
            cells.append(str(make(data).dtype))
        except TypeError as error:  # from_numpy takes only NumPy arrays
            assert "expected np.ndarray" in str(error)  # claim: from-numpy-arrays-only
            cells.append("TypeError")
    found[name] = cells
    print(f"| `{name}` | " + " | ".join(f"`{c}`" for c in cells) + " |")

assert torch.get_default_dtype() == torch.float32  # claim: default-float32
assert found["torch.tensor"] == ["torch.int64", "torch.float32", "torch.float64", "torch.int32"]  # claim: tensor-infers
assert found["torch.Tensor"] == ["torch.float32"] * 4  # claim: legacy-default-dtype
assert found["torch.as_tensor"] == found["torch.tensor"]  # claim: tensor-infers
assert found["torch.from_numpy"] == ["TypeError", "TypeError", "torch.float64", "torch.int32"]  # claim: from-numpy-arrays-only
# claim: legacy-default-dtype
assert all(torch.Tensor(np.zeros(2, dtype=d)).dtype == torch.float32
           for d in (np.bool_, np.uint8, np.int8, np.int16, np.int64, np.float16))
assert torch.Tensor([True, False]).dtype == torch.float32  # claim: legacy-default-dtype
ints = torch.tensor([1, 3])  # a tensor is the exception: its dtype and memory are kept
assert torch.Tensor(ints).dtype == torch.int64 and torch.Tensor(ints).data_ptr() == ints.data_ptr()  # claim: legacy-tensor-keeps
