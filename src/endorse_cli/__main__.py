"""`python -m endorse_cli`, and the `endorse` command's entry point."""

import gc
import os


def main() -> None:
    """Run the command line with the cyclic garbage collector off, and not run at exit either.

    A report is a short process whose objects are freed by reference counting; the collector would
    only walk the growing heap again and again while the libraries and models load (about 3 % of
    `endorse gap`). Reading records leaves almost no cycles behind: a cohort of 1,000 records peaks
    at the same memory with the collector on or off (benchmarks/bench_cohort.py), so it stays off.
    The interpreter still collects once when it exits, over every object alive (about 15 ms after a
    gap report, a tenth of the run); freezing them first leaves that memory to the operating system,
    which takes it back anyway. Everything else about exiting is unchanged (output flushed, files
    closed, exit handlers run).

    Pydantic plugins (observability hooks an application may install) are not loaded for the
    command's own models, as typer does for its parameters: finding them reads the metadata of every
    installed package (3 ms or more). PYDANTIC_DISABLE_PLUGINS set by the user still wins; the
    library is untouched."""
    gc.disable()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    from endorse_cli.cli import main as run

    try:
        run()
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
