#!/bin/sh
# Opens the report stage's spreadsheet CSVs in LibreOffice (headless), converts them to
# .xlsx with the import settings staff use, and reads the cells back to check that
# Vietnamese letters survive and numbers arrive as numbers.
#
#   scripts/check-spreadsheets.sh output/so-ket/2018-Q2
#
# indicators_wide.csv is imported as UTF-8, comma-separated, English (US) locale;
# indicators_wide_vi.csv as UTF-8, semicolon-separated, Vietnamese locale (so `84,5` is
# a number). Exits 0 when every cell matches, 1 otherwise; prints "skipped: LibreOffice
# not installed" and exits 0 when there is no soffice/libreoffice.
set -eu

folder=${1:?usage: scripts/check-spreadsheets.sh OUTPUT/REVIEW/QUARTER}

office=""
for candidate in soffice libreoffice; do
    if command -v "$candidate" >/dev/null 2>&1; then office=$candidate; break; fi
done
if [ -z "$office" ]; then
    echo "skipped: LibreOffice not installed"
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "skipped: python3 not installed"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# CSV filter options: separator, text delimiter ("), charset 76 (UTF-8), start at line 1,
# no column types, locale (1033 en-US, 1066 vi-VN), quoted fields not forced to text,
# detect special numbers.
convert() {
    csv=$1 separator=$2 locale=$3
    "$office" --headless --norestore -env:UserInstallation="file://$work/profile" \
        --infilter="CSV:$separator,34,76,1,,$locale,false,true" \
        --convert-to xlsx --outdir "$work" "$folder/$csv" >"$work/convert.log" 2>&1 || {
        cat "$work/convert.log" >&2
        echo "error: LibreOffice could not convert $csv" >&2
        exit 1
    }
}

convert indicators_wide.csv 44 1033
convert indicators_wide_vi.csv 59 1066

python3 - "$folder" "$work" <<'PYTHON'
import csv, re, sys, zipfile
import xml.etree.ElementTree as ET

folder, work = sys.argv[1], sys.argv[2]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}

def column_index(reference):
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1

def read_xlsx(path):
    with zipfile.ZipFile(path) as archive:
        shared = []
        if "xl/sharedStrings.xml" in archive.namelist():
            root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
            for item in root.findall("m:si", NS):
                shared.append("".join(text.text or "" for text in item.iter("{%s}t" % NS["m"])))
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    rows = {}
    for row in sheet.iter("{%s}row" % NS["m"]):
        number = int(row.get("r")) - 1
        for cell in row.findall("m:c", NS):
            kind = cell.get("t", "n")
            value = cell.find("m:v", NS)
            inline = cell.find("m:is", NS)
            if kind == "s":
                content = ("text", shared[int(value.text)])
            elif kind == "inlineStr":
                content = ("text", "".join(t.text or "" for t in inline.iter("{%s}t" % NS["m"])))
            elif kind in ("str", "b", "e"):
                content = ("text", value.text if value is not None else "")
            else:
                content = ("number", float(value.text)) if value is not None else ("empty", "")
            rows.setdefault(number, {})[column_index(cell.get("r"))] = content
    return rows

number_pattern = {",": re.compile(r"-?\d+(\.\d+)?$"), ";": re.compile(r"-?\d+(,\d+)?$")}
failures = 0
for name, separator in (("indicators_wide.csv", ","), ("indicators_wide_vi.csv", ";")):
    with open(f"{folder}/{name}", encoding="utf-8-sig", newline="") as handle:
        expected = list(csv.reader(handle, delimiter=separator))
    cells = read_xlsx(f"{work}/{name[:-4]}.xlsx")
    numbers = texts = 0
    for row_number, row in enumerate(expected):
        for column, field in enumerate(row):
            kind, value = cells.get(row_number, {}).get(column, ("empty", ""))
            where = f"{name} row {row_number + 1} column {column + 1}"
            if field == "":
                ok = kind == "empty" or value == ""
            elif number_pattern[separator].match(field):
                numbers += 1
                ok = kind == "number" and abs(value - float(field.replace(",", "."))) < 1e-9
            else:
                texts += 1
                # A neutralized cell ('=…) may come back with or without its apostrophe,
                # but never as a formula result.
                ok = kind == "text" and (value == field or (field.startswith("'") and value == field[1:]))
            if not ok:
                failures += 1
                if failures <= 20:
                    print(f"MISMATCH {where}: wrote {field!r}, LibreOffice read {kind} {value!r}")
    print(f"{name}: {numbers} numeric cells and {texts} text cells checked")
if failures:
    print(f"{failures} cells differ")
    sys.exit(1)
print("ok: diacritics intact, numeric cells numeric")
PYTHON
