"""`python -m nieuwsgraaf` runs the command line."""

from .cli import main

main()
