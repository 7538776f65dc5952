import ast
import inspect
import textwrap

import torch
import torch.nn.functional as F

torch.manual_seed(0)
# nn.Dropout.forward, docstring left out: how many statements, and which
tree = ast.parse(textwrap.dedent(inspect.getsource(torch.nn.Dropout.forward)))
body = [s for s in tree.body[0].body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
print(f"nn.Dropout.forward: {len(body)} statement:", ast.unparse(body[0]))
assert [ast.unparse(s) for s in body] == ["return F.dropout(input, self.p, self.training, self.inplace)"]  # claim: module-one-call


class Own(torch.nn.Module):  # the functional form, passing the module's mode
    def forward(self, x):
        return F.dropout(x, 0.5, training=self.training)


model = torch.nn.Sequential(torch.nn.Dropout(0.5))
drop, own, x = model[0], Own(), torch.ones(1000)
for mode in ("train", "eval", "train"):
    getattr(model, mode)(), getattr(own, mode)()
    outs = []
    for f in (drop, own, lambda t: F.dropout(t, 0.5, training=drop.training)):
        torch.manual_seed(1)  # same random numbers for all three
        outs.append(f(x))
    print(f"model.{mode}(): drop.training={drop.training}, zeros={int((outs[0] == 0).sum())}, "
          f"same as F.dropout and Own: {torch.equal(outs[0], outs[2]) and torch.equal(outs[0], outs[1])}")
    assert drop.training == (mode == "train")  # claim: eval-clears-flag
    assert torch.equal(outs[0], outs[2])  # claim: module-passes-flag
    assert torch.equal(outs[0], outs[1])  # claim: own-matches-module
    assert (outs[0] == 0).any() == (mode == "train")  # claim: module-follows-mode

out = drop.eval()(x)
print("eval mode returns the input itself:", out is x)
assert out is x  # claim: module-eval-identity
