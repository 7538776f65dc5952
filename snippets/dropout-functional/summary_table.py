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
print("| Form | drops in train mode | drops in eval mode |\n|---|---|---|")
for form in forms:
    net = Net(form)
    rows[form] = (not torch.equal(net.train()(x), x), not torch.equal(net.eval()(x), x))
    print(f"| `{form}` | {mark[rows[form][0]]} | {mark[rows[form][1]]} |")

assert rows == {"nn.Dropout(p)": (True, False), "F.dropout(x, p)": (True, True),
                "F.dropout(x, p, training=self.training)": (True, False)}
