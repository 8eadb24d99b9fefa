"""The thin command line over the kinerja library: parse options, call the core, render.

One module per command (``command_*.py``), each exposing ``register(app)``; ``main`` finds
them, so adding a command never touches another command's module.
"""
