import torch

torch.manual_seed(0)
backends = torch.backends
reads = {
    "get_float32_matmul_precision()": torch.get_float32_matmul_precision,
    "cuda.matmul.allow_tf32": lambda: backends.cuda.matmul.allow_tf32,
    "cuda.matmul.fp32_precision": lambda: backends.cuda.matmul.fp32_precision,
    "cudnn.allow_tf32": lambda: backends.cudnn.allow_tf32,
    "cudnn.conv.fp32_precision": lambda: backends.cudnn.conv.fp32_precision,
}


def read_all():
    row = {}
    for name, read in reads.items():
        try:
            row[name] = repr(read())
        except RuntimeError:  # the getter refuses a mix of the old and new API
            row[name] = "RuntimeError"
    return row


def restore_defaults():  # old API first, then the new one back to "none"
    torch.set_float32_matmul_precision("highest")
    backends.cudnn.allow_tf32 = True
    backends.cuda.matmul.fp32_precision = "none"
    backends.mkldnn.matmul.fp32_precision = "none"


actions = ["", 'torch.set_float32_matmul_precision("high")', 'torch.set_float32_matmul_precision("medium")',
           "torch.backends.cuda.matmul.allow_tf32 = True", 'torch.backends.cuda.matmul.fp32_precision = "tf32"',
           "torch.backends.cudnn.allow_tf32 = False"]
table = {}
print("| After | " + " | ".join(reads) + " |")
print("|---|" + "---|" * len(reads))
for action in actions:
    exec(action)
    table[action] = read_all()
    restore_defaults()
    assert read_all() == table[""]  # claim: restores
    print(f"| {f'`{action}`' if action else '(defaults)'} | " + " | ".join(f"`{v}`" for v in table[action].values()) + " |")
default, high, medium = table[""], table[actions[1]], table[actions[2]]
precision, allow, new, cudnn, conv = reads  # the five column names
assert default[precision] == "'highest'"  # claim: default-highest
assert default[allow] == "False"  # claim: default-matmul-off
assert default[cudnn] == "True"  # claim: default-cudnn-on
assert default[new] == "'none'" and default[conv] == "'tf32'"  # claim: new-api-defaults
assert high[allow] == "True" and high[new] == "'tf32'"  # claim: high-flips
assert medium[allow] == "True" and medium[new] == "'tf32'"  # claim: medium-flips
assert all(row[cudnn] == "True" and row[conv] == "'tf32'" for row in (high, medium))  # claim: precision-leaves-cudnn
assert table[actions[3]][precision] == "'high'"  # claim: legacy-sets-precision
mixed = table[actions[4]]
assert mixed[precision] == mixed[allow] == "RuntimeError" and mixed[new] == "'tf32'"  # claim: mix-raises
no_cudnn = table[actions[5]]
# claim: cudnn-flag-separate
assert no_cudnn[cudnn] == "False" and no_cudnn[conv] == "'none'"
assert (no_cudnn[precision], no_cudnn[allow], no_cudnn[new]) == ("'highest'", "False", "'none'")  # claim: cudnn-flag-separate
assert backends.mkldnn.matmul.fp32_precision == "none"  # claim: restores
