#!/usr/bin/env python3
"""Writes easter_1990_2100.tsv: Easter Sunday (Gregorian) for 1990..2100.

Run once by hand; the table is committed and read by tests/unit/easter_test.cpp.
It uses Gauss's Easter formula with its two exceptions, deliberately NOT the
Meeus/"Anonymous Gregorian" computus that src/core/time/easter.cpp implements, so a
mistake in either shows up as a mismatch.
"""
import sys


def gauss_easter(year):
    a = year % 19
    b = year % 4
    c = year % 7
    k = year // 100
    p = (13 + 8 * k) // 25
    q = k // 4
    m = (15 - p + k - q) % 30
    n = (4 + k - q) % 7
    d = (19 * a + m) % 30
    e = (2 * b + 4 * c + 6 * d + n) % 7
    if d == 29 and e == 6:
        return 4, 19
    if d == 28 and e == 6 and (11 * m + 11) % 30 < 19:
        return 4, 18
    if 22 + d + e <= 31:
        return 3, 22 + d + e
    return 4, d + e - 9


def main():
    out = sys.stdout
    out.write("# Easter Sunday, Gregorian, by Gauss's formula (tests/data/make_easter_table.py)\n")
    out.write("year\teaster_sunday\n")
    for year in range(1990, 2101):
        month, day = gauss_easter(year)
        out.write(f"{year}\t{year:04d}-{month:02d}-{day:02d}\n")


if __name__ == "__main__":
    main()
