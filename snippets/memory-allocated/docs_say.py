import torch


def doc(fn):
    return " ".join(fn.__doc__.split())  # the docstring, whitespace folded


def first_sentence(text):
    return text.split(". ")[0] + "."


print("memory_allocated:", first_sentence(doc(torch.cuda.memory_allocated)))
print("  note:", first_sentence(doc(torch.cuda.memory_allocated).split(".. note:: ")[1]))
print("memory_reserved: ", first_sentence(doc(torch.cuda.memory_reserved)))
print("empty_cache:     ", first_sentence(doc(torch.cuda.empty_cache)))
print("  note:", first_sentence(doc(torch.cuda.empty_cache).split(".. note:: ")[1]))
assert "memory occupied by tensors" in doc(torch.cuda.memory_allocated)  # claim: doc-allocated
assert "memory managed by the caching allocator" in doc(torch.cuda.memory_reserved)  # claim: doc-reserved
# claim: doc-nvidia-smi
assert ("likely less than the amount shown in `nvidia-smi`" in doc(torch.cuda.memory_allocated)
        and "some context needs to be created on GPU" in doc(torch.cuda.memory_allocated))
# claim: doc-empty-cache
assert ("Release all unoccupied cached memory" in doc(torch.cuda.empty_cache)
        and "can be used in other GPU application and visible in `nvidia-smi`" in doc(torch.cuda.empty_cache))
# claim: doc-empty-cache-no-gain
assert "doesn't increase the amount of GPU memory available for PyTorch" in doc(torch.cuda.empty_cache)
