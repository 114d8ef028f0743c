#!/usr/bin/env python3
"""Check the gold of holdout198: format of ../gold/README.md, and every expected string in its document."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"),
                 ("\u2013", "-"), ("\u2014", "-"), ("**", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip()

def spaced(eur):
    """'108540' -> '108 540' as printed."""
    n = str(eur); parts = []
    while len(n) > 3:
        parts.insert(0, n[-3:]); n = n[:-3]
    parts.insert(0, n)
    return " ".join(parts)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(where, q, text):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{where}: quantity lacks {k}")
    if not set(q) <= {"min", "max", "per", "approximate", "unit", "breakdown"}: err(f"{where}: unknown quantity key")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]): err(f"{where}: bad min/max")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not bool")
    if not q.get("approximate") and q["min"] == q["max"] and not re.search(r"(?<!\d)%d(?![\d])" % q["min"], text):
        err(f"{where}: count {q['min']} not in document")
    if q.get("unit") and fold(q["unit"]) not in text: err(f"{where}: unit {q['unit']!r} not in document")

for gname in sorted(os.listdir(GOLD)):
    if gname == "clusters.json": continue
    g = json.load(open(os.path.join(GOLD, gname), encoding="utf-8"))
    if set(g) != {"file", "records"} or g["file"] + ".json" != gname: err(f"{gname}: bad top level"); continue
    text = fold(read_doc(g["file"]))
    def has(where, s):
        if s is not None and fold(s) not in text: err(f"{where}: {s!r} not found")
    keys = set()
    for r in g["records"]:
        w = f"{gname}:{r.get('key')}"
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: index keys")
            if r["key"] != "index " + r["section"]: err(f"{w}: index key")
            row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
            if row not in text: err(f"{w}: index row not found whole")
            continue
        if r.get("kind") != "project": err(f"{w}: bad kind"); continue
        if not set(r) <= PROJECT_KEYS: err(f"{w}: unknown keys {set(r) - PROJECT_KEYS}")
        if r.get("section"): has(w + " section", r["section"]);
        if r["key"] not in ("document",) and not r.get("section"): has(w + " key", r["key"])
        has(w + " title", r.get("title"))
        for f in ("carriers", "partners"):
            if not isinstance(r.get(f, []), list): err(f"{w}: {f} not a list")
            for v in r.get(f, []): has(f"{w} {f}", v)
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(f"{w}: territory shape")
            has(w + " territory", t["value"])
        if r.get("year") is not None:
            if not isinstance(r["year"], int): err(f"{w}: year not int")
            has(w + " year", str(r["year"]))
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: bad mode")
        check_q(w + " households", r.get("households"), text)
        check_q(w + " housing_units", r.get("housing_units"), text)
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}: duration shape")
            for k in ("start", "end"):
                if d[k] is not None: has(f"{w} duration {k}", d[k])
            m = d["months"]
            if m is not None and not (re.search(r"(?<!\d)%d mois" % m, text) or (m % 12 == 0 and (
                    re.search(r"(?<!\d)%d ans" % (m // 12), text) or
                    {1: "un an", 2: "deux ans", 3: "trois ans"}.get(m // 12, "@@") in text)) or
                    (d["start"] and d["end"] and (int(d["end"]) - int(d["start"])) * 12 == m)):
                err(f"{w}: duration {m} months not readable")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost shape")
            for k, v in c.items():
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: {k} not a decimal string")
                elif fold(spaced(v)) not in text: err(f"{w}: {k} {v} not found as {spaced(v)!r}")
        for ct in r.get("contacts", []):
            if not {"name", "email", "phone"} <= set(ct): err(f"{w}: contact shape")
            for k in ("name", "email", "phone"): has(f"{w} contact {k}", ct.get(k))

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not c.get("why") or len(c.get("records", [])) < 2: err("clusters: cluster without why or records")
    for rec in c["records"]:
        p = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(p) or rec["key"] not in {r["key"] for r in json.load(open(p, encoding="utf-8"))["records"]}:
            err(f"clusters: {rec} not a gold record")
for f in os.listdir(DOCS):
    if not os.path.exists(os.path.join(GOLD, f + ".json")): err(f"{f}: no gold file")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
