import torch
import torch.utils.deterministic

torch.manual_seed(0)
# In deterministic mode torch fills memory it never initialised with NaN, so a missed write shows
torch.use_deterministic_algorithms(True)
torch.utils.deterministic.fill_uninitialized_memory = True

x_meta = torch.ones(4, dtype=torch.float64, device="meta")  # "meta" stands in for a non-default device
x_cpu = torch.ones(4, dtype=torch.float64)
calls = {
    "torch.zeros(2, 3)": lambda x: torch.zeros(2, 3),
    "torch.zeros_like(x)": lambda x: torch.zeros_like(x),
    "x.new_zeros(2, 3)": lambda x: x.new_zeros(2, 3),
    "torch.empty(2, 3)": lambda x: torch.empty(2, 3),
    "torch.empty_like(x)": lambda x: torch.empty_like(x),
    "x.new_empty(2, 3)": lambda x: x.new_empty(2, 3),
}
print("| call | shape from | dtype from | device from | initialised? |")
print("|---|---|---|---|---|")
for call, make in calls.items():
    out, values = make(x_meta), make(x_cpu)  # metadata from meta, values from the CPU
    from_x = call.startswith("x.") or "_like" in call
    assert (out.dtype == x_meta.dtype) == (out.device == x_meta.device) == from_x
    assert (out.shape == x_meta.shape) == ("_like" in call) and (from_x or out.dtype == torch.float32)
    initialised = bool((values == 0).all())
    assert initialised == ("zeros" in call) and bool(values.isnan().all()) == (not initialised)
    shape = "`x`" if "_like" in call else "`(2, 3)`"
    dtype, device = ("`x`", "`x`") if from_x else (f"`{out.dtype}`", f"`{out.device}`")
    print(f"| `{call}` | {shape} | {dtype} | {device} | {'✓' if initialised else '✗'} |")
