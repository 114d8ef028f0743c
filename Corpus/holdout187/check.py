#!/usr/bin/env python3
"""Check holdout187's gold files: format of ../gold/README.md, and every expected value
string found in its document (cp1252 decoded, HTML tags stripped and entities decoded,
NFC, no-break spaces, typographic apostrophes, œ/æ, case and accents folded)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(where, msg):
    errors.append(f"{where}: {msg}")

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith((".html", ".htm")):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("Æ", "AE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

NUMWORDS = {12: ["douze"], 24: ["deux ans", "24 mois", "2 ans", "deux annees"],
            36: ["trois ans", "36 mois", "3 ans", "trois annees"], 18: ["18 mois"]}

def find(doc, where, value):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(where, f"not found in document: {value!r}")

def find_any(doc, where, options):
    if not any(fold(o) in doc for o in options):
        err(where, f"none found: {options!r}")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, where, q):
    if q is None:
        return
    if not isinstance(q, dict) or set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}:
        return err(where, f"bad quantity {q!r}")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(where, f"quantity lacks {k}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(where, "min/max must be ints, min <= max")
    if q["per"] not in ("total", "year"):
        err(where, "per must be total or year")
    if not isinstance(q["approximate"], bool):
        err(where, "approximate must be a bool")
    if "unit" in q:
        find(doc, where + ".unit", q["unit"])
    if q["min"] == q["max"]:
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3}(?!\d))", doc):
            err(where, f"count {q['min']} not found")
    else:  # an order of size: its centre is written as a word, checked by hand
        if not q["approximate"]:
            err(where, "a range here should be an approximate word of size")

def check_project(doc, where, r):
    extra = set(r) - PROJECT_KEYS
    if extra:
        err(where, f"unknown keys {extra}")
    for k in ("section", "section_as_written", "title"):
        if r.get(k) is not None and not isinstance(r[k], str):
            err(where, f"{k} must be a string or null")
    find(doc, where + ".section", r.get("section"))
    find(doc, where + ".title", r.get("title"))
    for k in ("carriers", "partners"):
        v = r.get(k, [])
        if not isinstance(v, list):
            err(where, f"{k} must be a list")
        for x in v:
            find(doc, f"{where}.{k}", x)
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(where, f"bad territory {t!r}")
        find(doc, where + ".territory", t["value"])
        for d in t["departments"]:
            find(doc, where + ".territory.dept", f"({d})") if f"({d})" in t["value"] else None
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(where, "year must be an int")
        find(doc, where + ".year", r["year"])
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(where, "bad mode")
    check_q(doc, where + ".households", r.get("households"))
    check_q(doc, where + ".housing_units", r.get("housing_units"))
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(where, f"bad duration {d!r}")
        for k in ("start", "end"):
            if d[k] is not None:
                if not re.fullmatch(r"\d{4}", d[k]):
                    err(where, f"duration {k} must be a year string")
                find(doc, where + ".duration." + k, d[k])
        m = d["months"]
        if m is not None and not (d["start"] and d["end"] and (int(d["end"]) - int(d["start"])) * 12 == m):
            find_any(doc, where + ".duration.months", NUMWORDS.get(m, [f"{m} mois"]))
        if d["renewable"]:
            find(doc, where + ".duration.renewable", "renouvelable")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(where, f"bad cost keys {c!r}")
        for k, v in c.items():
            if v is None:
                continue
            if not re.fullmatch(r"\d+(\.\d+)?", v):
                err(where, f"cost {k} must be a decimal string")
            find_any(doc, f"{where}.cost.{k}", [spaced(v), v])
    for f in r.get("funding", []):
        find(doc, where + ".funding", f.get("source"))
    for ct in r.get("contacts", []):
        if not set(ct) >= {"name", "email", "phone"}:
            err(where, f"contact lacks keys {ct!r}")
        for k in ("name", "email", "phone", "role", "organisation"):
            find(doc, f"{where}.contact.{k}", ct.get(k))

def main():
    names = sorted(os.listdir(DOCS))
    for name in names:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            err(name, "no gold file")
            continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or set(g) != {"file", "records"}:
            err(name, "gold must be {file, records}")
            continue
        doc = fold(read_doc(name))
        keys = set()
        for i, r in enumerate(g["records"]):
            where = f"{name}#{i}({r.get('key')})"
            if r.get("key") in keys:
                err(where, "duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project":
                if r.get("section") is None and r.get("key") not in ("document", r.get("title")):
                    err(where, "key must be document, a section or the title")
                if r.get("section") is not None and r["key"] != r["section"]:
                    err(where, "key must equal the section")
                check_project(doc, where, r)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(where, "bad index row")
                for k in ("section", "localisation", "organisme", "page"):
                    find(doc, f"{where}.{k}", r[k])
                line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                find(doc, where + ".row", line)
            else:
                err(where, "kind must be project or index_row")
    for extra in sorted(set(os.listdir(GOLD)) - {n + ".json" for n in names} - {"clusters.json"}):
        err(extra, "gold file without a document")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if len(c.get("records", [])) < 2 or not c.get("why"):
            err("clusters.json", "a cluster needs two records and a why")
        for rec in c["records"]:
            g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
            if rec["key"] not in {r["key"] for r in g["records"]}:
                err("clusters.json", f"unknown record {rec!r}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
