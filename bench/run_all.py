"""``make bench``: every benchmark in one run (not a test). Each prints its own table."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ["bench_extract.py", "bench_numbers.py", "bench_timex.py"]


def main() -> int:
    failed = 0
    for name in BENCHES:
        path = HERE / name
        if not path.exists():
            continue
        print(f"\n######## {name} ########", flush=True)
        failed += subprocess.call([sys.executable, str(path)]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
