import torch

torch.manual_seed(0)
x = torch.rand(2, 3, 4)  # contiguous
flat = {"x.flatten()": x.flatten(), "x.ravel()": x.ravel(), "x.view(-1)": x.view(-1)}

for name, t in flat.items():
    print(f"{name:12} shape={tuple(t.shape)}  shares memory with x: {t.data_ptr() == x.data_ptr()}")
    assert t.data_ptr() == x.data_ptr()  # claim: contiguous-all-share

for value, t in enumerate(flat.values()):
    t[0] = -1.0 - value  # a write through each flat view lands in x
    assert x[0, 0, 0].item() == -1.0 - value  # claim: write-reaches-x
print("x[0, 0, 0] =", x[0, 0, 0].item())
