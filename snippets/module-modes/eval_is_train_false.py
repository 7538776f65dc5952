import ast
import inspect
import textwrap

import torch

torch.manual_seed(0)
inner = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.2))
model = torch.nn.Sequential(inner, torch.nn.BatchNorm1d(4), torch.nn.Linear(4, 2))

# In torch's source, eval()'s body (after the docstring) is one statement: a call to train(False)
function = ast.parse(textwrap.dedent(inspect.getsource(torch.nn.Module.eval))).body[0]
body = [ast.unparse(node) for node in function.body if not isinstance(node, ast.Expr)]
print("Module.eval body:", body)
assert body == ["return self.train(False)"]  # claim: eval-is-train-false
assert inspect.signature(torch.nn.Module.train).parameters["mode"].default is True  # claim: train-default-true

for name, call, expected in [("eval()", model.eval, False), ("train()", model.train, True),
                             ("train(False)", lambda: model.train(False), False)]:
    returned = call()
    flags = [m.training for m in model.modules()]  # every module, the nested ones too
    print(f"after {name:13} returns the model: {returned is model}  training flags: {flags}")
    assert len(flags) == 6 and flags == [expected] * 6  # claim: mode-recursive
    assert returned is model  # claim: returns-module
assert model.eval().requires_grad_(False) is model  # claim: returns-module
