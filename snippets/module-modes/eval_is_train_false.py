import inspect

import torch

torch.manual_seed(0)
inner = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.2))
model = torch.nn.Sequential(inner, torch.nn.BatchNorm1d(4), torch.nn.Linear(4, 2))

# In torch's source, eval() is a one-line call to train(False)
body = inspect.getsource(torch.nn.Module.eval).strip().splitlines()[-1].strip()
print("Module.eval body:", body)
assert body == "return self.train(False)"

for name, call, expected in [("eval()", model.eval, False), ("train()", model.train, True),
                             ("train(False)", lambda: model.train(False), False)]:
    returned = call()
    flags = [m.training for m in model.modules()]  # every module, the nested ones too
    print(f"after {name:13} returns the model: {returned is model}  training flags: {flags}")
    assert returned is model and flags == [expected] * 6
