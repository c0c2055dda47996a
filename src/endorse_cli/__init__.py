"""endorse: gap analysis against the Endorsement (IMH-E / ECMH-E) credential."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`__version__`, read from the installed metadata only when asked (it costs ~30 ms)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("endorse")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0.0.0+unknown"
