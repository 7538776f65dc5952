"""MkDocs hooks: wire the exec fence in, check language parity, stamp pages, report execution.

The build's state is one `Build` (scripts/pages/build_state.py), made in on_config and handed
explicitly to the fence, the notebooks and the report; this module only keeps it between events.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # MkDocs loads hooks by path, not as a package
    sys.path.insert(0, str(ROOT))

from markdown_exec import MarkdownConverter, markdown_config  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402

from scripts.pages import (  # noqa: E402
    claims, code_breaks, execution, fence, function_index, ledger, notebook_pages, notebooks, parity, prefetch, report,
    search_index, sitemap, topic_list, version_changes, versions,
)
from scripts.pages.build_state import Build, Page  # noqa: E402
from scripts.runner import bundle as bundles, cache, fingerprint  # noqa: E402
from scripts.runner.snippet_files import INCLUDE  # noqa: E402

log = logging.getLogger("mkdocs.plugins.hooks")

state: dict = {}  # "build": this build's Build, "notebooks": its notebook_pages.Notebooks


def on_config(config):
    # Notebooks link to the published site wherever this build is served, so they are read first.
    site = notebooks.Site.from_config(config)
    try:  # a repo_url Colab cannot open fails the build here, once, naming it
        notebooks.colab_url(site, "any-topic")
    except ValueError as error:
        raise PluginError(str(error)) from None
    # One mkdocs-jupyter cache per language, and one for builds without execution (notebooks without
    # outputs): each build evicts the entries it did not use.
    jupyter = config.plugins["mkdocs-jupyter"].config
    folder = config.theme["language"] + ("" if execution.enabled() else "-no-exec")
    jupyter["cache_dir"] = str(cache.CACHE_DIR.parent / "notebook-html" / folder)
    # SITE_URL moves the whole site elsewhere (a preview, a local Lighthouse run), both languages alike.
    if os.environ.get("SITE_URL") and config.site_url:
        root = sitemap.root_url(config.site_url, config.extra["alternate"])
        config.site_url = os.environ["SITE_URL"].rstrip("/") + "/" + config.site_url[len(root):]
    try:
        bundle = bundles.newest(ROOT)
    except bundles.BundleError as error:  # stop before any page renders half of it
        raise PluginError(f"GPU results bundle: {error}") from None
    try:
        other_versions = versions.load(ROOT)
    except bundles.BundleError as error:
        raise PluginError(f"torch version bundle: {error}") from None
    stamp = fingerprint.stamp(config.extra["stamp"]["cpu"])
    build = Build(labels=config.extra["gpu"], bundle=bundle, stamp=stamp, claim_labels=config.extra["claims"],
                  output_label=config.extra["output"], versions=other_versions, version_labels=config.extra["versions"])
    state.update(build=build, notebooks=notebook_pages.Notebooks(site, notebook_pages.folder(site.lang)), changes_listed=False)
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = config.extra["permalink_title"]
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    superfences.setdefault("custom_fences", []).append(fence.custom_fence(build))
    # markdown-exec renders our Markdown output with the site's own extensions.
    markdown_config.save(config.markdown_extensions, config.mdx_configs)
    config.extra["build"] = {  # shown in every page's footer
        **build.stamp, "versions": config.extra["versions"]["separator"].join(b["torch"] for b in other_versions),
        "versions_date": max((b["date"] for b in other_versions), default=""),
    }
    return config


def on_pre_build(config):
    # Each language's build checks both trees, so a missing translation fails either build.
    for problem in parity.problems(ROOT / "docs" / "zh", ROOT / "docs" / "en"):
        log.warning("language parity: %s", problem)
    for problem in function_index.unused(Path(config.docs_dir)):
        log.warning("function index: %s", problem)
    if execution.enabled():  # a cold build runs its scripts on every core before the pages render
        runs, start = state["build"].runs, time.perf_counter()
        ahead = prefetch.to_run(runs, prefetch.blocks(Path(config.docs_dir)))
        prefetch.run(runs, ahead, workers=execution.workers())
        if ahead:
            log.info("exec: %d snippets ahead of the pages, %d at a time, in %.1f s", len(ahead), execution.workers(),
                     time.perf_counter() - start)


@event_priority(100)  # before mkdocs-jupyter wraps the notebook files as pages
def on_files(files, config):
    notebook_pages.add_files(files, config, state["notebooks"], state["build"].bundle)
    ledger.add_files(files, config, config.extra["claims"])
    return files


@event_priority(100)  # before mkdocs-jupyter reads the notebook (its cache key is the file's bytes)
def on_pre_page(page, config, files):
    notebook_pages.fill(state["notebooks"], state["build"].runs, page.file.src_uri)
    return page


def on_page_markdown(markdown, page, config, files):
    if ledger.is_ledger_page(page.file.src_uri):  # generated: its rows, filled in on_page_context, repeat the pages
        page.meta["search"] = {"exclude": True}
        return markdown
    book = state["notebooks"]
    if page.file.src_uri in book.entries:  # a notebook: mkdocs-jupyter renders it
        page.meta["search"] = {"exclude": True}  # its text is its topic page's: the page should be the hit
        topic = files.get_file_from_path(f"{book.entries[page.file.src_uri].topic}.md")
        page.meta["notebook_links"] = notebook_pages.links_for_notebook(book, page.file.src_uri, topic.url, files)
        return markdown
    if notebooks.is_topic(markdown):
        page.meta["notebook_links"] = notebook_pages.links_for_topic(book, Path(page.file.src_uri).stem, files)
    source = Path(page.file.abs_src_path).relative_to(ROOT).as_posix()
    state["build"].page = Page(source=source, name=page.file.src_uri, url=page.url)
    docs = Path(config.docs_dir)
    return claims.to_placeholders(topic_list.fill(function_index.fill(markdown, docs), config.nav, docs))


def site_root(page) -> str:
    """The relative path from a page back to the site's root."""
    return "../" * page.url.count("/")


def on_page_content(html, page, config, files):
    if ledger.is_ledger_page(page.file.src_uri):
        return html
    if page.file.src_uri in state["notebooks"].entries:
        return notebook_pages.shared_styles(html, config.site_dir, site_root(page))
    # A page that includes snippets must show every one of them executed.
    included = len(INCLUDE.findall(page.markdown))
    shown = html.count("data-snippet=")
    build = state["build"]
    if included != shown:
        log.warning("%s: includes %d snippets but shows %d executed", build.page.source, included, shown)
    if not execution.enabled():
        return claims.render(html, [], build.claim_labels, build.stamp, 0, build.version_labels)
    # Every marker must name a proof that ran here (or waits for a GPU): settled once the blocks ran.
    text = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    found, problems = claims.settle(
        build.page.source, text, page.file.src_uri, page.url, build.results, build.outcomes, build.bundle,
        config.theme["language"], build.versions, build.stamp["torch"],
    )
    for problem in problems:
        log.warning("claims: %s", problem)
    build.claims.extend(found)
    build.titles[page.file.src_uri] = page.title
    build.changes += versions.claim_changes(found, build.stamp["torch"])
    return claims.render(html, found, build.claim_labels, build.stamp, 0, build.version_labels)


def on_page_context(context, page, config, nav):
    # Pages are rendered to HTML only after every page ran its blocks, so the report is complete here.
    build = state["build"]
    page.content = report.fill(page.content, build.runs.rows, site_root(page))
    page.content = ledger.fill(page.content, build.claims, build.titles, build.claim_labels, site_root(page))
    if version_changes.listed(page.content):  # the upgrade guide: every change of every page, by version
        page.content, problems = version_changes.fill(page.content, page.file.src_uri, build.changes, build.titles, build.version_labels, site_root(page))
        for problem in problems:
            log.warning("%s: %s", page.file.src_uri, problem)
        state["changes_listed"] = True
    return context


def on_post_page(output, page, config):
    return code_breaks.add(sitemap.without_head_alternates(html_lang(output, config)))


def on_post_template(output, template_name, config):
    return sitemap.without_head_alternates(html_lang(output, config))


def html_lang(output: str, config) -> str:
    """The page's language tag as the config spells it (zh-Hans, where Material writes zh)."""
    return output.replace(f'<html lang="{config.theme["language"]}"', f'<html lang="{config.extra["html_lang"]}"', 1)


def on_post_build(config):
    listed = function_index.entries(Path(config.docs_dir))
    search_index.rewrite(config.site_dir, config.plugins["material/search"].config.fields, config.extra["search_synonyms"],
                         search_index.function_names(listed, config.docs_dir, config.use_directory_urls),
                         search_index.function_names([entry for entry in listed if entry.main], config.docs_dir,
                                                     config.use_directory_urls))
    if config.site_url:
        sitemap.add_alternates(config.site_dir, config.site_url, config.extra["alternate"])
    if state["build"].changes and not state.get("changes_listed"):
        log.warning("versions: %d blocks or claims behave differently on another torch version, and no page lists them "
                    '(<div class="version-changes" data-version="…"></div>)', len(state["build"].changes))
    runs = state["build"].runs
    path = report.write_json(config.site_dir, runs.rows, config.extra["build"])
    ledger.write_json(config.site_dir, state["build"].claims, config.extra["build"])
    log.info("%s; report: %s", execution.summary(runs), path)
    MarkdownConverter.counter = 0
    markdown_config.reset()
