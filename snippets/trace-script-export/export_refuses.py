import contextlib
import inspect
import io
import logging

import torch

torch.manual_seed(0)
logging.getLogger("torch.fx.experimental.symbolic_shapes").setLevel(logging.ERROR)  # a log line with a timestamp


class Branchy(torch.nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x * 2
        return x - 1


pos = torch.tensor([1.0, 2.0, 3.0])
print("default strict:", inspect.signature(torch.export.export).parameters["strict"].default)
errors, stderr = {}, {}
for strict in (False, True):
    stderr[strict] = io.StringIO()  # export prints the graph it had captured there before it raises
    try:
        with contextlib.redirect_stderr(stderr[strict]):
            torch.export.export(Branchy(), (pos,), strict=strict)
    except RuntimeError as error:
        errors[strict] = error
        print(f"strict={strict}: {type(error).__name__}: {str(error).splitlines()[0]}")
    else:
        raise AssertionError(f"export(strict={strict}) of a data-dependent `if` should raise")
assert inspect.signature(torch.export.export).parameters["strict"].default is False  # claim: export-default-non-strict
assert type(errors[False]).__name__ == "GuardOnDataDependentSymNode"  # claim: export-guard-error
assert "Could not guard on data-dependent expression" in str(errors[False])  # claim: export-guard-error
assert "draft_export()" in str(errors[False]) and "torch.cond" not in str(errors[False])  # claim: export-guard-draft
assert isinstance(errors[True], torch._dynamo.exc.Unsupported) and "Data-dependent branching" in str(errors[True])  # claim: export-strict-unsupported
assert "Use `torch.cond` to express dynamic control flow" in str(errors[True])  # claim: export-hints-cond
assert all(isinstance(error, RuntimeError) for error in errors.values())  # claim: export-runtimeerror
assert all("def forward" in buffer.getvalue() and "sum" in buffer.getvalue() for buffer in stderr.values())  # claim: export-prints-partial-graph
