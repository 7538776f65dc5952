"""Build machinery for the site: execution of snippets, rendering, build hooks."""
