"""`python -m endorse_cli`."""

from endorse_cli.cli import main

main()
