"""``python -m engine.extraction FILE``: print what is read off a letter, as JSON (the CLI's core)."""
from __future__ import annotations

import json
import sys

from . import ExtractionError, extract_file


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m engine.extraction FILE", file=sys.stderr)
        return 2
    try:
        fields = extract_file(argv[0])
    except ExtractionError as err:
        print(str(err), file=sys.stderr)
        return 1
    print(json.dumps(fields, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
