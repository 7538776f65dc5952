"""MkDocs hooks: wire the exec fence in, check language parity, stamp pages, report execution."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # MkDocs loads hooks by path, not as a package
    sys.path.insert(0, str(ROOT))

from markdown_exec import MarkdownConverter, markdown_config  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402

from scripts import (  # noqa: E402
    cache, engine, environment, fence, function_index, gpu_bundle, notebook_pages, notebooks, parity, report,
    search_index, sitemap, topic_list,
)

log = logging.getLogger("mkdocs.plugins.hooks")


def on_config(config):
    # Notebooks link to the published site wherever this build is served, so they are read first.
    notebook_pages.Build.site = notebooks.Site.from_config(config)
    try:  # a repo_url Colab cannot open fails the build here, once, naming it
        notebooks.colab_url(notebook_pages.Build.site, "any-topic")
    except ValueError as error:
        raise PluginError(str(error)) from None
    # One mkdocs-jupyter cache per language, and one for builds without execution (notebooks without
    # outputs): each build evicts the entries it did not use.
    jupyter = config.plugins["mkdocs-jupyter"].config
    folder = config.theme["language"] + ("" if engine.enabled() else "-no-exec")
    jupyter["cache_dir"] = str(cache.CACHE_DIR.parent / "notebook-html" / folder)
    # SITE_URL moves the whole site elsewhere (a preview, a local Lighthouse run), both languages alike.
    if os.environ.get("SITE_URL") and config.site_url:
        root = sitemap.root_url(config.site_url, config.extra["alternate"])
        config.site_url = os.environ["SITE_URL"].rstrip("/") + "/" + config.site_url[len(root):]
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    superfences.setdefault("custom_fences", []).append(
        {"name": "python", "class": "python", "validator": fence.validator, "format": fence.formatter}
    )
    # markdown-exec renders our Markdown output with the site's own extensions.
    markdown_config.save(config.markdown_extensions, config.mdx_configs)
    config.extra["build"] = environment.stamp()  # shown in every page's footer
    fence.Site.labels = config.extra["gpu"]
    try:
        fence.Site.bundle = gpu_bundle.newest(ROOT)
    except gpu_bundle.BundleError as error:  # stop before any page renders half of it
        raise PluginError(f"GPU results bundle: {error}") from None
    return config


def on_pre_build(config):
    engine.Log.reset()
    # Each language's build checks both trees, so a missing translation fails either build.
    for problem in parity.problems(ROOT / "docs" / "zh", ROOT / "docs" / "en"):
        log.warning("language parity: %s", problem)
    for problem in function_index.unused(Path(config.docs_dir)):
        log.warning("function index: %s", problem)


@event_priority(100)  # before mkdocs-jupyter wraps the notebook files as pages
def on_files(files, config):
    notebook_pages.add_files(files, config, notebook_pages.Build.site, fence.Site.bundle)
    return files


@event_priority(100)  # before mkdocs-jupyter reads the notebook (its cache key is the file's bytes)
def on_pre_page(page, config, files):
    notebook_pages.fill(page.file.src_uri)
    return page


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri in notebook_pages.Build.entries:  # a notebook: mkdocs-jupyter renders it
        page.meta["search"] = {"exclude": True}  # its text is its topic page's: the page should be the hit
        topic = files.get_file_from_path(f"{notebook_pages.Build.entries[page.file.src_uri].topic}.md")
        page.meta["notebook_links"] = notebook_pages.links_for_notebook(page.file.src_uri, topic.url, files)
        return markdown
    if notebooks.is_topic(markdown):
        page.meta["notebook_links"] = notebook_pages.links_for_topic(Path(page.file.src_uri).stem, files)
    fence.Site.source = Path(page.file.abs_src_path).relative_to(ROOT).as_posix()
    fence.Site.name = page.file.src_uri
    fence.Site.url = page.url
    docs = Path(config.docs_dir)
    return topic_list.fill(function_index.fill(markdown, docs), config.nav, docs)


def site_root(page) -> str:
    """The relative path from a page back to the site's root."""
    return "../" * page.url.count("/")


def on_page_content(html, page, config, files):
    if page.file.src_uri in notebook_pages.Build.entries:
        return notebook_pages.shared_styles(html, config.site_dir, site_root(page))
    # A page that includes snippets must show every one of them executed.
    included = len(parity.INCLUDE.findall(page.markdown))
    shown = html.count("data-snippet=")
    if included != shown:
        log.warning("%s: includes %d snippets but shows %d executed", fence.Site.source, included, shown)
    return html


def on_page_context(context, page, config, nav):
    # Pages are rendered to HTML only after every page ran its blocks, so the report is complete here.
    page.content = report.fill(page.content, engine.Log.rows, site_root(page))
    return context


def on_post_build(config):
    if search_index.FIELD in config.plugins["material/search"].config.fields:
        search_index.add_han_characters(config.site_dir)
    if config.site_url:
        sitemap.add_alternates(config.site_dir, config.site_url, config.extra["alternate"])
    path = report.write_json(config.site_dir, engine.Log.rows, config.extra["build"])
    log.info("%s; report: %s", engine.summary(), path)
    MarkdownConverter.counter = 0
    markdown_config.reset()
