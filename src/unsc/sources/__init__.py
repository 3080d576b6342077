"""One reader per source format, each returning a :class:`~unsc.model.Dataset`."""
