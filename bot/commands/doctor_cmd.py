"""`matte doctor`: which optional system packages are installed, and how to install what is missing.

Reading pictures needs Tesseract and its Japanese data, which come from Debian, not PyPI. Without them
the bot still runs and answers pictures with a kind message; this command (and the start-up log) says
what to install.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    doctor = subparsers.add_parser(
        "doctor",
        help="list optional system packages and how to install missing ones",
        description="Check the system packages Matte uses beyond Python: Tesseract OCR with Japanese for "
        "reading pictures (screenshots, photos of flyers). Exit code 1 when pictures cannot be read.",
    )
    doctor.set_defaults(func=run)


def run(args: argparse.Namespace, settings: object = None) -> int:
    from images import ocr

    current = ocr.status()
    packages = ocr.system_packages(current)
    for package in packages:
        mark = (
            "ok"
            if package.installed
            else ("不足 MISSING" if package.required else "なし（任意） optional, missing")
        )
        version = f" {current.version}" if package.name == "tesseract-ocr" and package.installed else ""
        print(f"{package.name}{version}: {mark} ({package.purpose})")
    missing = [package for package in packages if not package.installed]
    if missing:
        print(f"入れ方 / install with: {ocr.install_command(missing)}")
    if not current.usable:
        print(
            "これがなくても Matte は動き、写真には文字で送ってくださいと答えます / without them Matte still "
            "runs, and answers pictures by asking for the text instead"
        )
        return 1
    print("写真の文字を読めます / pictures can be read")
    return 0
