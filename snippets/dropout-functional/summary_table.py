import torch
import torch.nn.functional as F

forms = {  # what forward() does with its input x
    "nn.Dropout(p)": lambda self, x: self.drop(x),
    "F.dropout(x, p)": lambda self, x: F.dropout(x, 0.5),
    "F.dropout(x, p, training=self.training)": lambda self, x: F.dropout(x, 0.5, training=self.training),
}


class Net(torch.nn.Module):
    def __init__(self, form):
        super().__init__()
        self.form, self.drop = forms[form], torch.nn.Dropout(0.5)

    def forward(self, x):
        return self.form(self, x)


torch.manual_seed(0)
x, mark, rows = torch.ones(1000), {True: "✓", False: "✗"}, {}
print("| Form | zeroes entries in train mode | zeroes entries in eval mode | eval output equals input |")
print("|---|---|---|---|")
for form in forms:
    net = Net(form)
    train_out, eval_out = net.train()(x), net.eval()(x)
    rows[form] = (bool((train_out == 0).any()), bool((eval_out == 0).any()), torch.equal(eval_out, x))
    print(f"| `{form}` | {' | '.join(mark[cell] for cell in rows[form])} |")

assert all(row[0] for row in rows.values())  # claim: glance-train-all
assert rows["F.dropout(x, p)"][1:] == (True, False)  # claim: glance-default-row
# claim: glance-follow-rows
assert rows["nn.Dropout(p)"][1:] == rows["F.dropout(x, p, training=self.training)"][1:] == (False, True)
