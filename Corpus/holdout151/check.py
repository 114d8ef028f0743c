#!/usr/bin/env python3
"""Check holdout151's gold against ../gold/README.md and against its own documents.

Standard library only. Run from anywhere: python3 Corpus/holdout151/check.py
Checks: every document has a gold file and vice versa; top-level and record keys and value
types; key rules (section / "index " + section / brochure title / "document"); quantities,
durations, costs, funding, contacts; and that titles, carriers, partners, territory values,
contact names, e-mails, phones, amounts (in some written form) and index cells occur in the
document once decoded (UTF-8 or Windows-1252, HTML entities and tags) and folded (white
space, no-break spaces, typographic apostrophes). clusters.json must point at gold records.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
Q_KEYS = {"min", "max", "per", "approximate", "unit"}
D_KEYS = {"months", "start", "end", "renewable"}
C_KEYS = {"total_eur", "per_year_eur", "per_household_eur"}
F_KEYS = {"source", "eur", "share_percent"}
P_KEYS = {"name", "email", "phone", "role", "organisation"}
MODES = {"access", "maintenance", "access_and_maintenance"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def decode(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith((".html", ".htm")):
        text = re.sub(r"<script\b.*?</script>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    else:
        text = re.sub(r"<[^>]+>", " ", text)  # stray <div style=...> cells
    return text


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"[\u2019\u2018]", "'", s)
    s = re.sub(r"\*\*", "", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def present(doc, value):
    return fold(value) in doc


def amount_forms(eur):
    n = int(eur)
    digits = str(n)
    spaced = f"{n:,}".replace(",", " ")
    forms = {digits, spaced}
    if n % 100 == 0 and n >= 1000:
        k = n / 1000
        forms.add((f"{k:.1f}".rstrip("0").rstrip(".")).replace(".", ",") + " k")
    return forms


def is_str_or_none(v):
    return v is None or isinstance(v, str)


def check_quantity(where, q):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where, "quantity must be an object or null")
    if set(q) - Q_KEYS or not {"min", "max", "per", "approximate"} <= set(q):
        err(where, f"quantity keys {sorted(q)}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(where, "min/max must be integers with min <= max")
    if q.get("per") not in ("total", "year"):
        err(where, "per must be total or year")
    if not isinstance(q.get("approximate"), bool):
        err(where, "approximate must be a boolean")
    if "unit" in q and not isinstance(q["unit"], str):
        err(where, "unit must be a string")


def check_record(fname, doc, rec, i):
    where = f"{fname} record {i} ({rec.get('key')})"
    kind = rec.get("kind")
    if kind == "index_row":
        if set(rec) != INDEX_KEYS:
            err(where, f"index_row keys {sorted(rec)}")
        if rec.get("key") != "index " + str(rec.get("section")):
            err(where, "index_row key must be 'index ' + section")
        for k in ("section", "localisation", "organisme", "page"):
            if not isinstance(rec.get(k), str) or not present(doc, rec[k]):
                err(where, f"{k} {rec.get(k)!r} not found in document")
        return
    if kind != "project":
        return err(where, f"kind {kind!r}")
    if set(rec) - PROJECT_KEYS:
        err(where, f"unknown keys {sorted(set(rec) - PROJECT_KEYS)}")
    key = rec.get("key")
    sec = rec.get("section")
    if sec is not None:
        if key != sec:
            err(where, "a numbered monograph's key must be its section")
        if not present(doc, sec):
            err(where, f"section {sec} not in document")
    elif fname.startswith("brochure"):
        if key != rec.get("title"):
            err(where, "a brochure section's key must be its title")
    elif key != "document":
        err(where, "a one-project document's key must be 'document'")
    if not is_str_or_none(rec.get("section_as_written")):
        err(where, "section_as_written must be a string or null")
    t = rec.get("title")
    if t is not None and (not isinstance(t, str) or not present(doc, t)):
        err(where, f"title {t!r} not found")
    for k in ("carriers", "partners"):
        v = rec.get(k, [])
        if not isinstance(v, list):
            err(where, f"{k} must be a list")
            continue
        for x in v:
            if not isinstance(x, str) or not present(doc, x):
                err(where, f"{k} value {x!r} not found")
    terr = rec.get("territory")
    if terr is not None:
        if set(terr) != {"value", "departments"}:
            err(where, "territory keys")
        if not present(doc, terr.get("value", "")):
            err(where, f"territory {terr.get('value')!r} not found")
        deps = terr.get("departments")
        if not isinstance(deps, list) or not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in deps):
            err(where, "departments must be a list of codes")
    y = rec.get("year")
    if y is not None and (not isinstance(y, int) or not present(doc, str(y))):
        err(where, f"year {y!r}")
    m = rec.get("mode")
    if m is not None and m not in MODES:
        err(where, f"mode {m!r}")
    check_quantity(where + " households", rec.get("households"))
    check_quantity(where + " housing_units", rec.get("housing_units"))
    d = rec.get("duration")
    if d is not None:
        if set(d) != D_KEYS:
            err(where, "duration keys")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(where, "months must be an integer")
        for k in ("start", "end"):
            if d.get(k) is not None and (not re.fullmatch(r"\d{4}", d[k]) or not present(doc, d[k])):
                err(where, f"duration {k} {d.get(k)!r}")
        if not isinstance(d.get("renewable"), bool):
            err(where, "renewable must be a boolean")
    c = rec.get("cost")
    if c is not None:
        if set(c) != C_KEYS:
            err(where, "cost keys")
        for k in C_KEYS:
            v = c.get(k)
            if v is None:
                continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                err(where, f"cost {k} must be a decimal string")
            elif not any(present(doc, f) for f in amount_forms(v)):
                err(where, f"cost {k} {v} not found in any written form")
    for f in rec.get("funding", []) or []:
        if set(f) != F_KEYS:
            err(where, "funding keys")
        if not present(doc, f.get("source", "")):
            err(where, f"funder {f.get('source')!r} not found")
        if f.get("eur") is not None and not any(present(doc, x) for x in amount_forms(f["eur"])):
            err(where, f"funding amount {f['eur']} not found")
        if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r"\s*%", doc):
            err(where, f"share {f['share_percent']} % not found")
    for p in rec.get("contacts", []) or []:
        if set(p) - P_KEYS or "name" not in p:
            err(where, "contact keys")
        if not present(doc, p.get("name", "")):
            err(where, f"contact name {p.get('name')!r} not found")
        if p.get("email") is not None and p["email"].lower() not in doc.lower():
            err(where, f"e-mail {p['email']!r} not found")
        if p.get("phone") is not None and not present(doc, p["phone"]):
            err(where, f"phone {p['phone']!r} not found")


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if sorted(d + ".json" for d in docs) != golds:
        err("gold", f"documents {docs} and gold files {golds} do not match")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        fname = g[:-5]
        if set(data) != {"file", "records"} or data.get("file") != fname:
            err(g, "top level must be {file, records} with file = document name")
        path = os.path.join(DOCS, fname)
        if not os.path.exists(path):
            continue
        doc = fold(decode(path))
        seen = set()
        for i, rec in enumerate(data.get("records", [])):
            if rec.get("key") in seen:
                err(g, f"duplicate key {rec.get('key')!r}")
            seen.add(rec.get("key"))
            check_record(fname, doc, rec, i)
        keys[fname] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}:
        err("clusters.json", "top level must be {clusters}")
    for c in cl.get("clusters", []):
        if set(c) != {"records", "why"} or len(c["records"]) < 2:
            err("clusters.json", "each cluster needs records (2+) and why")
        for r in c.get("records", []):
            if r.get("key") not in keys.get(r.get("file"), set()):
                err("clusters.json", f"no gold record {r}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    n = sum(len(v) for v in keys.values())
    print(f"OK: {len(keys)} gold files, {n} records, {len(cl['clusters'])} cluster(s)")


if __name__ == "__main__":
    main()
