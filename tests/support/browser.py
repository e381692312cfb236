"""Headless Debian Chromium driven by Playwright's sync API, and screenshots of what a test saw.

Playwright's own browser downloads cannot be fetched here, so the tests launch the system
``/usr/bin/chromium``. The flags keep it from reaching out to the network (which this machine
refuses) and from needing a sandbox or a GPU (it runs as root, without a display).
"""
from __future__ import annotations

import re
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def launch_chromium(playwright):
    """Launch headless Chromium; Playwright gives each launch a new, empty temporary profile
    (user data dir) and removes it on close."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)


def screenshot(page, name: str) -> Path:
    """Save a full-page PNG of ``page`` as test-artifacts/screenshots/<name>.png and return its path."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "page"
    path = SCREENSHOT_DIR / f"{safe}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path
