#!/usr/bin/env python3
"""Copy the front-end files the web UI needs from node_modules/ into webapp/static/vendor/.

Run after `npm ci` (scripts/bootstrap does both). The UI serves these files itself, so nothing is
fetched from the network at run time. The vendor folder is rebuilt from scratch on every run.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR = ROOT / "webapp" / "static" / "vendor"

# (source under node_modules/, destination under webapp/static/vendor/); a folder is copied whole.
FILES: list[tuple[str, str]] = [
    ("bootstrap/dist/css/bootstrap.min.css", "bootstrap/bootstrap.min.css"),
    ("bootstrap/dist/js/bootstrap.bundle.min.js", "bootstrap/bootstrap.bundle.min.js"),
    ("bootstrap/LICENSE", "bootstrap/LICENSE"),
    ("bootstrap-icons/font/bootstrap-icons.min.css", "bootstrap-icons/bootstrap-icons.min.css"),
    ("bootstrap-icons/font/fonts", "bootstrap-icons/fonts"),
    ("bootstrap-icons/LICENSE", "bootstrap-icons/LICENSE"),
    ("bpmn-js/dist/bpmn-navigated-viewer.production.min.js", "bpmn-js/bpmn-navigated-viewer.production.min.js"),
    ("bpmn-js/dist/assets/diagram-js.css", "bpmn-js/assets/diagram-js.css"),
    ("bpmn-js/dist/assets/bpmn-js.css", "bpmn-js/assets/bpmn-js.css"),
    ("bpmn-js/dist/assets/bpmn-font/css/bpmn.css", "bpmn-js/assets/bpmn-font/css/bpmn.css"),
    ("bpmn-js/dist/assets/bpmn-font/font", "bpmn-js/assets/bpmn-font/font"),
    ("bpmn-js/LICENSE", "bpmn-js/LICENSE"),
]


def main() -> int:
    missing = [src for src, _ in FILES if not (NODE_MODULES / src).exists()]
    if missing:
        print("vendor_assets: missing in node_modules/ (run `npm ci` first): " + ", ".join(missing),
              file=sys.stderr)
        return 1
    shutil.rmtree(VENDOR, ignore_errors=True)
    for src, dest in FILES:
        source, target = NODE_MODULES / src, VENDOR / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    count = sum(1 for path in VENDOR.rglob("*") if path.is_file())
    print(f"vendor_assets: {count} files in {VENDOR.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
