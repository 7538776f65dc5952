import torch

torch.manual_seed(0)
print("default dtype:", torch.get_default_dtype())
made = {
    "torch.arange(5)": torch.arange(5),
    "torch.arange(5.0)": torch.arange(5.0),
    "torch.arange(0, 5, 0.5)": torch.arange(0, 5, 0.5),
    "torch.linspace(0, 4, 5)": torch.linspace(0, 4, 5),
    "torch.linspace(0, 4, 5, dtype=torch.int64)": torch.linspace(0, 4, 5, dtype=torch.int64),
}
for call, t in made.items():
    print(f"{call:44} {t.dtype}")
assert made["torch.arange(5)"].dtype == torch.int64  # claim: arange-int64
# claim: arange-float-default
assert made["torch.arange(5.0)"].dtype == made["torch.arange(0, 5, 0.5)"].dtype == torch.get_default_dtype() == torch.float32
assert made["torch.linspace(0, 4, 5)"].dtype == torch.float32  # claim: linspace-float
assert made["torch.linspace(0, 4, 5, dtype=torch.int64)"].tolist() == [0, 1, 2, 3, 4]  # claim: dtype-argument

# float32 is the default dtype, a setting: change it and the float results (and torch.zeros) follow, int64 stays
previous = torch.get_default_dtype()
torch.set_default_dtype(torch.float64)
try:
    now = (torch.arange(5).dtype, torch.arange(5.0).dtype, torch.linspace(0, 4, 5).dtype, torch.zeros(2).dtype)
finally:
    torch.set_default_dtype(previous)
print("under set_default_dtype(torch.float64):", now)
assert now == (torch.int64, torch.float64, torch.float64, torch.float64)  # claim: default-dtype-setting
