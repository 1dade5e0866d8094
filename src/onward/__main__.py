"""Console entry point: ``onward ...`` (see docs/cli.md)."""

from __future__ import annotations


def main() -> None:
    from onward.cli.app import run

    run()


if __name__ == "__main__":
    main()
