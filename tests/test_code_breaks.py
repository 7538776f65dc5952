"""Where long inline code may wrap: after the dot of a dotted name and before a call's parenthesis."""
from scripts.pages import code_breaks


def test_a_long_dotted_call_may_wrap_at_its_dots_and_its_parenthesis():
    html = "<p><code>nn.SyncBatchNorm.convert_sync_batchnorm(model)</code></p>"
    assert code_breaks.add(html) == "<p><code>nn.<wbr>SyncBatchNorm.<wbr>convert_sync_batchnorm<wbr>(model)</code></p>"


def test_nothing_breaks_inside_a_name_a_number_an_empty_call_or_short_code():
    for code in ["consume_prefix_in_state_dict_if_present", "1.5 + 2.25 * 3.0 + 10.0 + 100.5",
                 "is_deterministic_algorithms_warn_only_enabled()", "x.view(3, 2)"]:
        assert code_breaks.add(f"<code>{code}</code>") == f"<code>{code}</code>", code


def test_code_blocks_tables_and_code_with_markup_inside_are_left_alone():
    block = '<pre><span></span><code>torch.nn.modules.utils.consume_prefix(state, "module.")</code></pre>'
    table = "<table><tr><td><code>torch.utils.data.DistributedSampler</code></td></tr></table>"
    highlighted = '<code class="highlight"><span>torch.nn.functional.cross_entropy(x, y)</span></code>'
    html = block + table + highlighted + "<p><code>torch.utils.data.DistributedSampler</code></p>"
    assert code_breaks.add(html) == block + table + highlighted + "<p><code>torch.<wbr>utils.<wbr>data.<wbr>DistributedSampler</code></p>"


def test_the_function_index_wraps_at_dots_in_its_names_summaries_and_titles_only():
    index = ('<div class="function-index" data-search-exclude="on">\n<table><tr><td><code>torch.nn.Module.apply</code></td>'
             '<td>Like torch.use_deterministic_algorithms(True).</td><td><a href="../x/">clone() and copy.deepcopy()</a></td></tr></table>')
    other = "<table><tr><td><code>torch.utils.data.DistributedSampler</code></td><td>See torch.nn.Module.</td></tr></table>"
    assert code_breaks.add(index + other) == (
        '<div class="function-index" data-search-exclude="on">\n<table><tr><td><code>torch.<wbr>nn.<wbr>Module.<wbr>apply</code></td>'
        '<td>Like torch.<wbr>use_deterministic_algorithms<wbr>(True).</td><td><a href="../x/">clone() and copy.<wbr>deepcopy()</a></td></tr></table>'
    ) + other  # the counter-case: another table's names and text stay whole
