"""`python -m endorse_cli`, and the `endorse` command's entry point."""

import gc
import os


def main() -> None:
    """Run the command line with the cyclic garbage collector off.

    A report is a short process whose objects are freed by reference counting; the collector would
    only walk the growing heap again and again while the libraries and models load (about 3 % of
    `endorse gap`). Reading records leaves almost no cycles behind: a cohort of 1,000 records peaks
    at the same memory with the collector on or off (benchmarks/bench_cohort.py), so it stays off.

    Pydantic plugins (observability hooks an application may install) are not loaded for the command's
    own models, as typer does for its parameters: finding them reads the metadata of every installed
    package (3 ms or more). PYDANTIC_DISABLE_PLUGINS set by the user still wins; the library is untouched.
    """
    gc.disable()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    from endorse_cli.cli import main as run

    run()


if __name__ == "__main__":
    main()
