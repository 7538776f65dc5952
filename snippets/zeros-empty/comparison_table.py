import torch
import torch.utils.deterministic

torch.manual_seed(0)
# In deterministic mode torch fills memory it never initialised with NaN, so a missed write shows
torch.use_deterministic_algorithms(True)
torch.utils.deterministic.fill_uninitialized_memory = True

x_meta = torch.ones(4, dtype=torch.float64, device="meta")  # "meta" stands in for a non-default device
try:
    x_meta.tolist()
except NotImplementedError as error:  # meta tensors carry no values
    assert "no data" in str(error)  # claim: meta-no-data
else:
    raise AssertionError("a meta tensor should have no values to read")
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
    assert (out.dtype == x_meta.dtype) == (out.device == x_meta.device) == from_x  # claim: table-inherit
    # claim: table-inherit
    assert (out.shape == x_meta.shape) == ("_like" in call) and (from_x or (out.dtype, out.device.type) == (torch.float32, "cpu"))
    initialised = bool((values == 0).all())
    assert initialised == ("zeros" in call) and bool(values.isnan().all()) == (not initialised)  # claim: table-init
    cell = lambda mine, xs: "`x`" if mine == xs else f"`{tuple(mine) if isinstance(mine, torch.Size) else mine}`"
    shape, dtype, device = cell(out.shape, x_meta.shape), cell(out.dtype, x_meta.dtype), cell(out.device, x_meta.device)
    print(f"| `{call}` | {shape} | {dtype} | {device} | {'✓' if initialised else '✗'} |")
torch.use_deterministic_algorithms(False)  # back to the default for whatever runs next
