import warnings

import torch

torch.manual_seed(0)


class WithCond(torch.nn.Module):
    def forward(self, x):  # torch.cond(predicate, true_fn, false_fn, operands)
        return torch.cond(x.sum() > 0, lambda t: t * 2, lambda t: t - 1, (x,))


class Branchless(torch.nn.Module):
    def forward(self, x):  # both computed, torch.where picks: also exports
        return torch.where(x.sum() > 0, x * 2, x - 1)


pos, neg = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([-1.0, -2.0, -3.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    program = torch.export.export(WithCond(), (pos,))  # exported with pos, like the traces
    where_exported = torch.export.export(Branchless(), (pos,)).module()
exported = program.module()
print(program.graph_module.code.strip())
print("exported(pos):", exported(pos), "  exported(neg):", exported(neg))
print("eager(neg):   ", WithCond()(neg))
assert isinstance(program, torch.export.ExportedProgram)  # claim: export-program
assert "torch.ops.higher_order.cond" in program.graph_module.code  # claim: cond-in-graph
assert hasattr(program.graph_module, "true_graph_0") and hasattr(program.graph_module, "false_graph_0")  # claim: cond-in-graph
assert torch.equal(exported(pos), pos * 2) and torch.equal(exported(neg), neg - 1)  # claim: cond-right-both
assert torch.equal(WithCond()(neg), neg - 1) and not caught  # claim: cond-eager-too
assert "`torch.cond` is a prototype feature in PyTorch" in torch.cond.__doc__  # claim: cond-prototype
assert torch.equal(where_exported(pos), pos * 2) and torch.equal(where_exported(neg), neg - 1)  # claim: where-exports
