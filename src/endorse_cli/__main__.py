"""`python -m endorse_cli`, and the `endorse` command's entry point."""

import gc


def main() -> None:
    """Run the command line with the cyclic garbage collector off.

    A report is a short process whose objects are freed by reference counting; the collector would
    only walk the growing heap again and again while the libraries and models load (about 3 % of
    `endorse gap`). Commands that read many records (`endorse cohort`) turn it back on.
    """
    gc.disable()
    from endorse_cli.cli import main as run

    run()


if __name__ == "__main__":
    main()
