"""Every command on an appraisal with one option file at the 1 MiB cap: each must finish or refuse.

An option file is capped at 1 MiB (E003); within that cap one file can still hold a very long
text. This copies an example appraisal, swells one option file to just under the cap in one of
these shapes, and runs every command on it, each in a fresh process with output to /dev/null:

- ``paragraph``: the description, one paragraph of ordinary words;
- ``word``: the description, one unbroken word (no place to break a line);
- ``rationale``: one score's rationale, ordinary words;
- ``evidence``: one score's evidence, some 30,000 short items;
- ``lines``: the description, some 30,000 short lines.

The commands: validate, score, sensitivity, report (md, html, pdf), export, import (of the
workbook export wrote), longlist and diff on the bundled appraisal; value on
examples/adm-value-for-money, weights on examples/ordinal, panel on examples/panel-leisure.
It prints each one's wall-clock time, peak resident memory (the child's maxrss, from wait4)
and exit status (1: refused with an error). Not a test: timings depend on the machine.

Run: python benchmarks/limits.py [--shapes paragraph,word] [--only report-pdf] [--timeout 900]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

import yaml
from scaling import BIN, measure

ROOT = Path(__file__).resolve().parent.parent
CAP = 1 << 20
WORDS = ("council", "service", "delivery", "model", "the", "of", "and", "staff", "risk", "cost", "children",
         "transfer", "contract", "governance", "a", "to", "in", "savings")
SHAPES = ("paragraph", "word", "rationale", "evidence", "lines")


def words(size: int, rng: random.Random, joiner: str = " ") -> str:
    out: list[str] = []
    length = 0
    while length < size:
        out.append(rng.choice(WORDS))
        length += len(out[-1]) + 1
    return joiner.join(out)


def swell(folder: Path, shape: str) -> None:
    """The folder's largest option file, grown to just under the 1 MiB cap in the given shape."""
    path = max((folder / "options").glob("*.yaml"), key=lambda p: p.stat().st_size)
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    room = CAP - len(yaml.safe_dump(document, allow_unicode=True, sort_keys=False)) - 4096
    while True:  # the dump adds quotes and indentation to the text: shrink it until the file fits
        rng = random.Random(0)
        first = next(iter(document["scores"].values()))
        if shape == "paragraph":
            document["description"] = words(room, rng)
        elif shape == "word":
            document["description"] = "x" * room
        elif shape == "rationale":
            first["rationale"] = words(room, rng)
        elif shape == "evidence":
            first["evidence"] = [words(24, rng) for _ in range(room // 36)]
        elif shape == "lines":
            document["description"] = words(room, rng, "\n")
        else:
            raise ValueError(shape)
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)
        if len(text.encode()) <= CAP:
            break
        room -= len(text.encode()) - CAP + 1024
    path.write_text(text, encoding="utf-8")


def commands(base: Path, shape: str) -> dict[str, tuple[Path, list[str]]]:
    """{label: (folder, arguments)}; the folders made once per shape."""
    made: dict[str, Path] = {}
    for name, source in (("bundled", ROOT), ("value", ROOT / "examples" / "adm-value-for-money"),
                         ("weights", ROOT / "examples" / "ordinal"), ("panel", ROOT / "examples" / "panel-leisure")):
        folder = base / shape / name
        if not folder.exists():
            folder.mkdir(parents=True)
            for item in ("criteria.yaml", "longlist.yaml", "options", "panel"):
                if (source / item).is_dir():
                    shutil.copytree(source / item, folder / item)
                elif (source / item).exists():
                    shutil.copy(source / item, folder / item)
            swell(folder, shape)
        made[name] = folder
    out = base / shape / "out"
    out.mkdir(exist_ok=True)
    bundled = made["bundled"]
    book = out / "appraisal.xlsx"
    return {
        "validate": (bundled, ["validate"]),
        "score": (bundled, ["score"]),
        "sensitivity": (bundled, ["sensitivity"]),
        "report-md": (bundled, ["report", "--format", "markdown", "-o", str(out / "r.md")]),
        "report-html": (bundled, ["report", "--format", "html", "-o", str(out / "r.html")]),
        "report-pdf": (bundled, ["report", "--format", "pdf", "-o", str(out / "r.pdf")]),
        "export": (bundled, ["export", "-o", str(book)]),
        "import": (bundled, ["import", str(book), str(out / "imported"), "--force"]),
        "longlist": (bundled, ["longlist"]),
        "diff": (bundled, ["diff", str(ROOT)]),
        "value": (made["value"], ["value"]),
        "weights": (made["weights"], ["weights"]),
        "panel": (made["panel"], ["panel"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shapes (default: all)")
    parser.add_argument("--only", help="comma-separated commands to run (default: all)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before a run is stopped")
    parser.add_argument("--cli", help="the adm-appraise executable to measure (default: this env's)")
    args = parser.parse_args()
    cli = args.cli or shutil.which("adm-appraise", path=str(BIN)) or "adm-appraise"
    base = Path(tempfile.mkdtemp(prefix="adm-limits-"))
    print(f"{'shape':<10} {'command':<12} {'time':>10} {'peak':>10}  exit")
    try:
        for shape in args.shapes.split(","):
            for name, (folder, extra) in commands(base, shape).items():
                if args.only and name not in args.only.split(","):
                    continue
                # the diff is run from the swollen copy against the bundled folder; the rest take the folder
                argv = [cli, *extra] if name in ("import", "diff") else [cli, *extra, str(folder)]
                if name == "diff":
                    argv.append(str(folder))
                seconds, peak, code = measure(argv, args.timeout)
                shown = f"> {args.timeout:g} s" if seconds is None else f"{seconds:8.2f} s"
                print(f"{shape:<10} {name:<12} {shown:>10} {peak:7.0f} MB  {code}", flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
