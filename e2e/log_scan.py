#!/usr/bin/env python3
"""No log line may carry a party's resident ID number (issue 16).

Scans the files and folders given (the output of `./mvnw verify`, the surefire and failsafe reports, the services'
logs of the end-to-end runs) for resident ID numbers (GB 11643: 18 characters, a birth date inside, the last one a
check character that must agree). Prints where each is found, masked, and exits 1 if any is; 0 if none. Reads only.

    python3 e2e/log_scan.py target/verify.log target/surefire-reports target/failsafe-reports
"""
import os, re, sys

ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])")
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def valid(number):
    return "10X98765432"[sum(int(c) * w for c, w in zip(number[:17], WEIGHTS)) % 11] == number[17].upper()


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                for name in sorted(names):
                    yield os.path.join(root, name)
        elif os.path.isfile(path):
            yield path


def main(paths):
    found, scanned, size = 0, 0, 0
    for name in files(paths):
        scanned += 1
        with open(name, "rb") as f:
            text = f.read().decode("utf-8", "replace")
        size += len(text)
        for n, line in enumerate(text.splitlines(), 1):
            for m in ID_NUMBER.finditer(line):
                if valid(m.group(0)):
                    found += 1
                    if found <= 20:
                        print(f"{name}:{n}: a resident ID number (…{m.group(0)[-4:]})")
    print(f"log scan: {scanned} file(s), {size // 1024} KB, {found} resident ID number(s)")
    return 1 if found else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
