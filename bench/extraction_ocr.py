"""Reading letters through real OCR: the labelled letters printed, scanned and read back.

Run ``python -m bench.extraction_ocr [-v] [--all] [--sample N] [--variants a,b] [--spent]``. A
deterministic sample (by a hash of the name) of the *tuning* letters of
tests/fixtures/letters (bench.extraction's splits; the held-out split and the splits once held
out, ``heldout``, ``r3-blind``, ``r5``, ``r7``, ``r8``, ``r9``, are never used; ``--spent`` takes a second sample
from the collections once held out whose figures are recorded, never the held-out ones) is typeset like a printed letter
(bench/letter_print.py: A4, Liberation Serif, the Nghị định 30/2020 two-column header),
rendered to PDF by WeasyPrint and rasterised by pdftoppm; then each page is read by the
real pipeline (``engine.extraction.extract_file``) as:

- ``text``: the letter's own text (no OCR), to tell the OCR's losses from the rules';
- ``clean-png``: the first page as a 300 dpi greyscale PNG (the image path of readers.py);
- ``clean-pdf``: an image-only PDF of the clean pages (pypdf finds no text: pdftoppm + OCR);
- ``scan-jpg``: the first page degraded like an office scan (200 dpi, a slight rotation,
  grey paper, noise, blur, JPEG) saved as .jpg;
- ``scan-pdf``: an image-only PDF of the degraded pages;
- ``stamped-png``, ``stamped-jpg``: the first page with the receiving office's incoming stamp set on it (in the
  gap under the header, right or left, or above the letterhead, as bench/letter_print.py's ``incoming_stamp``
  places it by the letter's name), clean and degraded; a line more says how often the stamp itself is read;
- ``tilted-jpg``: the first page degraded as ``scan-jpg`` but laid 2-4 degrees askew (a phone's photo, a sheet
  fed crooked) instead of 0.3-1.2;
- ``turned-jpg``: the degraded first page laid upside down or on its side (90, 180 or 270 degrees, by the name).

Only the first ``MAX_PAGES`` pages are kept (the header is on the first). The OCR text's words are
corrected with a word model (engine/extraction/ocr_words.py) built here from bench.ocr_words's
corpus without the sampled letters, so no title scored is in the model that corrects it. The key fields are
scored against the gold (bench.extraction.same). tesseract's output is cached in
``bench/.ocr-cache/`` by the pixels and options of the image it was given, so reruns after a
change of the text rules are fast; renders live in ``bench/.ocr-work/``. Seconds per page is
the wall time of the uncached tesseract runs.
"""
from __future__ import annotations

import hashlib
import io
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from bench import ocr_words as word_corpus
from bench.extraction import COLLECTIONS, GROUPS, KEY_FIELDS, fields_of, load, same, split_of
from engine.extraction import extract_file, ocr, ocr_words

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".ocr-cache"
WORK = ROOT / "bench" / ".ocr-work"
MAX_PAGES = 2
SAMPLE = 40
VARIANTS = ("text", "clean-png", "clean-pdf", "scan-jpg", "scan-pdf", "stamped-png", "stamped-jpg", "tilted-jpg",
            "turned-jpg")
DEFAULT_VARIANTS = ("text", "clean-png", "scan-pdf")
TIMES: list[float] = []
# every split once held out (r31, r36 to r39, r42, r43, r46 to r49, r51, r52, r55, r57, r59, r62, r63, r66, r67, r69, r71, r74, r75, r77, r81, r82, r85, r87 and r88 still are): kept out of this sample
_ONCE_HELD_OUT = ("heldout", "r3-blind", "r5", *(c for c in COLLECTIONS if int(c[1:]) >= 6))


def sample(n: int | None, spent: bool = False) -> list[tuple[str, Path, dict]]:
    """The tuning letters that never were held out, in a fixed order by a hash of the name (the same
    sample however many collections are spent later); with *spent*, the letters of the collections once
    held out and now tuning material instead (a second sample, never the held-out ones)."""
    letters = [(name, path, gold) for name, path, gold in load(held_out=False)
               if split_of(name) in GROUPS["tuning"] and (split_of(name) in _ONCE_HELD_OUT) == spent]
    letters.sort(key=lambda t: hashlib.sha1(f"ocr:{t[0]}".encode()).hexdigest())
    return letters if n is None else letters[:n]


def _cached_tesseract(real):
    def run(image: Path, *options: str) -> str:
        from PIL import Image
        with Image.open(image) as img:
            key = hashlib.sha256(f"{img.mode}{img.size}{options}".encode() + img.tobytes()).hexdigest()
        hit = CACHE / f"{key}.txt"
        if hit.exists():
            return hit.read_text(encoding="utf-8")
        started = time.perf_counter()
        text = real(image, *options)
        TIMES.append(time.perf_counter() - started)
        CACHE.mkdir(parents=True, exist_ok=True)
        hit.write_text(text, encoding="utf-8")
        return text
    return run


def render(name: str, text: str, stamped: bool = False) -> list[Path]:
    """The letter printed to PDF and rasterised: 300 dpi greyscale PNG pages (made once); *stamped*, with the
    receiving office's incoming stamp on its first page (bench.letter_print.incoming_stamp, seeded by the name)."""
    from weasyprint import HTML

    from bench.letter_print import letter_html
    html = letter_html(text, stamp_seed=name if stamped else None)
    out = WORK / name / "stamped" if stamped else WORK / name
    stamp = out / "html.sha1"
    digest = hashlib.sha1(html.encode()).hexdigest()
    if not (stamp.exists() and stamp.read_text() == digest):
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.*"):
            old.unlink()
        (out / "letter.html").write_text(html, encoding="utf-8")
        HTML(string=html).write_pdf(out / "letter.pdf")
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-l", str(MAX_PAGES),
                        str(out / "letter.pdf"), str(out / "page")], check=True, timeout=300)
        stamp.write_text(digest)
    return sorted(out.glob("page-*.png"))


def degrade(page: Path, seed: str, tilt: tuple[float, float] = (0.3, 1.2), turn: int = 0) -> bytes:
    """The page as an office scanner gives it: 200 dpi, tilted (by *tilt* degrees either way), grey paper, noise,
    blur (seeded); then turned *turn* degrees counter-clockwise, as a page laid the wrong way on the glass."""
    from PIL import Image, ImageChops, ImageFilter
    rnd = random.Random(hashlib.sha1(seed.encode()).hexdigest())
    with Image.open(page) as src:
        img = src.convert("L")
    img = img.resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS)
    img = img.rotate(rnd.uniform(*tilt) * rnd.choice((-1, 1)), resample=Image.BICUBIC, fillcolor=255)
    ink, paper = rnd.randint(25, 60), rnd.randint(225, 242)
    img = img.point(lambda v: ink + (paper - ink) * v // 255)
    img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.4, 0.8)))
    # seeded noise (Image.effect_noise depends on what ran before): the mean of two uniform
    # draws, scaled to a standard deviation of 8-14 grey levels
    a, b = (Image.frombytes("L", img.size, rnd.randbytes(img.width * img.height)) for _ in range(2))
    sigma = rnd.uniform(8, 14)
    noise = ImageChops.add(a, b, scale=2.0).point(lambda v: max(0, min(255, round(128 + (v - 128) * sigma / 52))))
    img = ImageChops.add(img, noise, scale=1.0, offset=-128)
    if turn:
        img = img.rotate(turn, expand=True)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rnd.randint(55, 75), dpi=(200, 200))
    return buf.getvalue()


def variant_file(name: str, variant: str, pages: list[Path]) -> Path:
    from PIL import Image
    out = WORK / name
    if variant in ("clean-png", "stamped-png"):  # (a stamped variant is given the stamped pages)
        return pages[0]
    if variant == "stamped-jpg":
        kept = out / "stamped" / "scan-1.jpg"
        if not kept.exists():
            kept.write_bytes(degrade(pages[0], f"{name}:0"))
        return kept
    if variant in ("tilted-jpg", "turned-jpg"):
        kept = out / f"{variant}-1.jpg"
        if not kept.exists():
            turn = (90, 180, 270)[int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3]
            kept.write_bytes(degrade(pages[0], f"{name}:0", tilt=(2.0, 4.0)) if variant == "tilted-jpg"
                             else degrade(pages[0], f"{name}:0", turn=turn))
        return kept
    if variant == "clean-pdf":
        path = out / "clean.pdf"
        imgs = [Image.open(p).convert("L") for p in pages]
        imgs[0].save(path, "PDF", resolution=300, save_all=True, append_images=imgs[1:])
        return path
    scans = []
    for k, p in enumerate(pages):  # degraded once, kept beside the clean page
        kept = out / f"scan-{k + 1}.jpg"
        if not kept.exists():
            kept.write_bytes(degrade(p, f"{name}:{k}"))
        scans.append(kept)
    if variant == "scan-jpg":
        return scans[0]
    path = out / "scan.pdf"
    imgs = [Image.open(p) for p in scans]
    imgs[0].save(path, "PDF", resolution=200, quality=95, save_all=True, append_images=imgs[1:])
    return path


def run(letters, variants) -> dict:
    ocr._tesseract = _cached_tesseract(ocr._tesseract)
    # the OCR word model without the letters scored here (the shipped one has them)
    ocr_words.use_model(ocr_words.build(word_corpus.corpus(exclude={name for name, _, _ in letters}).values()))
    score = {v: {f: [0, 0] for f in KEY_FIELDS} for v in variants}
    stamps = {v: [0, 0] for v in variants if v.startswith("stamped")}
    misses: list[tuple] = []
    pages_read = 0
    for name, path, gold in letters:
        text = path.read_text(encoding="utf-8")
        pages = render(name, text) if any(v != "text" and not v.startswith("stamped") for v in variants) else []
        stamped = render(name, text, stamped=True) if stamps else []
        truth = extract_file(path)
        for v in variants:
            got = truth if v == "text" else extract_file(variant_file(name, v, stamped if v in stamps else pages))
            pages_read += 0 if v == "text" else (1 if v.endswith(("png", "jpg")) else len(pages))
            if v in stamps:  # the stamp itself read: its receiver, number and date
                stamps[v][0] += _stamp_read(got.get("stamp"), name)
                stamps[v][1] += 1
            for f in KEY_FIELDS:
                if f not in fields_of(gold):
                    continue  # (a field the labeller could not read off the copy: as bench.extraction scores it)
                ok = same(f, got.get(f), gold.get(f), gold.get("issuer_parent"))
                score[v][f][0] += ok
                score[v][f][1] += 1
                if not ok and v != "text":
                    text_ok = same(f, truth.get(f), gold.get(f), gold.get("issuer_parent"))
                    misses.append((name, v, f, got.get(f), gold.get(f), text_ok))
    return {"score": score, "misses": misses, "pages": pages_read, "stamps": stamps}


def _stamp_read(got: dict | None, name: str) -> bool:
    from bench.letter_print import STAMP_DATE, STAMP_RECEIVER, incoming_stamp
    day, month, year = STAMP_DATE.split("/")
    return bool(got) and same("issuer", got.get("receiver"), STAMP_RECEIVER.title()) \
        and got.get("incoming_number") == incoming_stamp(name)[1] and got.get("received_date") == f"{year}-{month}-{day}"


def main(argv: list[str]) -> int:
    if not ocr.available():
        print("tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
        return 1
    n = None if "--all" in argv else int(argv[argv.index("--sample") + 1]) if "--sample" in argv else SAMPLE
    variants = (tuple(argv[argv.index("--variants") + 1].split(",")) if "--variants" in argv
                else DEFAULT_VARIANTS)
    letters = sample(n, spent="--spent" in argv)
    started = time.perf_counter()
    result = run(letters, variants)
    elapsed = time.perf_counter() - started
    print(f"Key fields through OCR — {len(letters)} tuning letters printed and scanned "
          f"(first {MAX_PAGES} pages), {result['pages']} pages read")
    print(f"{'field':<14}" + "".join(f"{v:>13}" for v in variants))
    for f in KEY_FIELDS:
        print(f"{f:<14}" + "".join(f"{result['score'][v][f][0] / max(1, result['score'][v][f][1]):>13.3f}"
                                   for v in variants))
    if result["stamps"]:
        print(f"{'stamp read':<14}" + "".join(f"{result['stamps'][v][0] / max(1, result['stamps'][v][1]):>13.3f}"
                                             if v in result["stamps"] else f"{'':>13}" for v in variants))
    if TIMES:
        print(f"tesseract: {len(TIMES)} pages OCR'd (not cached), {sum(TIMES) / len(TIMES):.1f} s per page")
    print(f"wall time {elapsed:.0f} s")
    if "-v" in argv:
        for name, v, f, got, want, text_ok in result["misses"]:
            print(f"  {name} {v} {f}{'' if text_ok else ' (text too)'}: "
                  f"got {json.dumps(got, ensure_ascii=False)} want {json.dumps(want, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
