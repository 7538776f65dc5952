import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(8, 4)
pairs = {  # module -> the same computation as a function; `mode` is {} (the defaults) or {"training": ...}
    ("nn.ReLU()", "F.relu(x)"): (nn.ReLU(), lambda m, mode: F.relu(x)),
    ("nn.Linear(4, 4)", "F.linear(x, w, b)"): (nn.Linear(4, 4), lambda m, mode: F.linear(x, m.weight, m.bias)),
    ("nn.BatchNorm1d(4)", "F.batch_norm(x, mean, var, w, b)"): (nn.BatchNorm1d(4), lambda m, mode: F.batch_norm(
        x, m.running_mean.clone(), m.running_var.clone(), m.weight, m.bias, **mode)),
    ("nn.Dropout(0.5)", "F.dropout(x, 0.5)"): (nn.Dropout(0.5), lambda m, mode: F.dropout(x, 0.5, **mode)),
}


def same(module, function, training, told=False):  # same seed, same input; fresh running stats each time
    module.train(training)
    if isinstance(module, nn.BatchNorm1d):
        module.reset_running_stats()
    torch.manual_seed(1)
    by_module = module(x)
    torch.manual_seed(1)
    return torch.allclose(by_module, function(module, {"training": training} if told else {}))


print("| Module | Function | Module's state_dict entries | Same after train()? | Same after eval()? |")
print("|---|---|---|---|---|")
rows = {}
for (m_name, f_name), (module, function) in pairs.items():
    rows[m_name] = (len(module.state_dict()), same(module, function, True), same(module, function, False))
    n, train, ev = rows[m_name]
    print(f"| `{m_name}` | `{f_name}` | {n} | {'✓' if train else '✗'} | {'✓' if ev else '✗'} |")

assert rows["nn.ReLU()"] == (0, True, True) and rows["nn.Linear(4, 4)"] == (2, True, True)  # claim: table-stateless-same
assert rows["nn.BatchNorm1d(4)"] == (5, False, True)  # claim: table-batch-norm
assert rows["nn.Dropout(0.5)"] == (0, True, False)  # claim: table-dropout
# claim: told-mode-same
assert all(same(m, f, training, told=True) for m, f in pairs.values() for training in (True, False))
