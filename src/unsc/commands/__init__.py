"""Command groups of the ``unsc`` command line, one module each."""
