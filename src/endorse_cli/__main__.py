"""`python -m endorse_cli`, and the `endorse` command's entry point."""

import gc


def main() -> None:
    """Run the command line with the cyclic garbage collector off.

    A report is a short process whose objects are freed by reference counting; the collector would
    only walk the growing heap again and again while the libraries and models load (about 3 % of
    `endorse gap`). Reading records leaves almost no cycles behind: a cohort of 1,000 records peaks
    at the same memory with the collector on or off (benchmarks/bench_cohort.py), so it stays off.
    """
    gc.disable()
    from endorse_cli.cli import main as run

    run()


if __name__ == "__main__":
    main()
