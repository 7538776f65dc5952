"""Cutting mkdocs-jupyter's stylesheets down to the rules a notebook page can use."""
from scripts.pages import notebook_css


def cut(css, html):
    return notebook_css.prune(css, notebook_css.classes_in(html))


def test_classes_are_read_from_every_class_attribute():
    assert notebook_css.classes_in('<div class="a b"><span class="c">x</span><p>y</p></div>') == {"a", "b", "c"}


def test_a_selector_needing_an_absent_class_goes_and_its_rule_with_it():
    css = ".a .b{color:red}.a .zz{color:blue}.zz{margin:0}"
    assert cut(css, '<div class="a"><i class="b"></i></div>') == ".a .b{color:red}"


def test_only_the_matching_selectors_of_a_list_stay():
    assert cut(".a,.zz,p{color:red}", '<p class="a"></p>') == ".a,p{color:red}"


def test_commas_and_classes_inside_functions_do_not_count():
    css = ".a:not(.zz, .yy){color:red}.a:is(.zz){margin:0}"
    assert cut(css, '<p class="a"></p>') == css


def test_materials_runtime_classes_are_assumed_present():
    css = ".a .md-typeset__scrollwrap{overflow:auto}"
    assert cut(css, '<p class="a"></p>') == css


def test_root_inside_another_selector_never_matches_and_goes():
    css = ".jupyter-wrapper :root{--x:1}:root{--y:2}.jupyter-wrapper>:root{--z:3}"
    assert cut(css, '<div class="jupyter-wrapper"></div>') == ":root{--y:2}"


def test_media_blocks_are_cut_inside_and_dropped_when_empty():
    css = "@media (max-width:10em){.a{color:red}.zz{color:blue}}@media print{.zz{color:blue}}"
    assert cut(css, '<p class="a"></p>') == "@media (max-width:10em){.a{color:red}}"


def test_other_at_rules_stay_as_they_are():
    css = '@charset "UTF-8";@keyframes spin{from{opacity:0}to{opacity:1}}.zz{color:red}'
    assert cut(css, "<p></p>") == '@charset "UTF-8";@keyframes spin{from{opacity:0}to{opacity:1}}'
