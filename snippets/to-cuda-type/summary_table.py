import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
other = torch.zeros(1, dtype=torch.float64, device=device)
calls = ["x.to(torch.float32)", "x.float()", "x.to(torch.float32, copy=True)",
         "x.to(torch.float64)", "x.double()", "x.type(torch.float64)", "x.half()",
         "x.to(device)", "x.to(other)", "m.to(torch.float64)", "m.to(device)"]
print("| Call | Same object? | dtype after | device after |")
print("|---|---|---|---|")
rows = {}
for call in calls:
    x, m = torch.rand(3), torch.nn.Linear(3, 3)  # float32, on the CPU
    assert x.dtype == m.weight.dtype == torch.float32 and x.device.type == m.weight.device.type == "cpu"  # claim: table-start
    result = eval(call)  # each row runs exactly the code it shows
    source, t = (m, result.weight) if call.startswith("m.") else (x, result)
    rows[call] = (result is source, t.dtype, t.device.type)
    print(f"| `{call}` | {'✓' if result is source else '✗'} | `{t.dtype}` | `{t.device}` |")

same = {call for call, row in rows.items() if row[0]}
on_cpu = {"x.to(torch.float32)", "x.float()", "x.to(device)", "m.to(torch.float64)", "m.to(device)"}
assert same == (on_cpu if device == "cpu" else on_cpu - {"x.to(device)"})  # claim: table-same
assert rows["x.to(other)"][1:] == (torch.float64, device)  # claim: to-other
assert rows["m.to(device)"][2] == device and rows["x.to(device)"][2] == device
assert rows["x.half()"][1] == torch.float16 and rows["x.type(torch.float64)"][1] == torch.float64  # claim: table-dtypes
