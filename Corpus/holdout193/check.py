#!/usr/bin/env python3
"""Check holdout193 gold files: format of ../gold/README.md, and every expected value found in its document."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def fold(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def found(value, text):
    return fold(value) in fold(text)

def amount_found(eur, text):
    digits = re.sub(r"[\s\u00a0\u202f.]", "", text)
    return eur in digits

QKEYS = {"min", "max", "per", "approximate"}
def check_q(q, where):
    if q is None: return
    if not isinstance(q, dict) or not QKEYS <= set(q): err(f"{where}: bad quantity {q}"); return
    if set(q) - QKEYS - {"unit", "breakdown"}: err(f"{where}: unknown quantity keys")
    if q["per"] not in ("total", "year"): err(f"{where}: per")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f"{where}: min/max")
    if not isinstance(q["approximate"], bool): err(f"{where}: approximate")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_file(gname):
    g = json.load(open(os.path.join(GOLD, gname), encoding="utf-8"))
    f = g.get("file")
    if f + ".json" != gname: err(f"{gname}: file field {f}")
    text = read_doc(f)
    keys = set()
    for r in g["records"]:
        w = f"{f}/{r.get('key')}"
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: index keys {set(r) ^ INDEX_KEYS}")
            if r["key"] != "index " + r["section"]: err(f"{w}: index key")
            for k in ("section", "localisation", "organisme", "page"):
                if not found(r[k], text): err(f"{w}: {k} not found: {r[k]}")
            continue
        if r.get("kind") != "project": err(f"{w}: kind"); continue
        if set(r) - PROJECT_KEYS: err(f"{w}: unknown keys {set(r) - PROJECT_KEYS}")
        if r.get("section") and not found(r["section"], text): err(f"{w}: section not found")
        if r.get("section") and r["key"] != r["section"]: err(f"{w}: key should be section")
        if r.get("title") and not found(r["title"], text): err(f"{w}: title not found: {r['title']}")
        for k in ("carriers", "partners"):
            for v in r.get(k) or []:
                if not found(v, text): err(f"{w}: {k} not found: {v}")
        t = r.get("territory")
        if t:
            if not found(t["value"], text): err(f"{w}: territory not found: {t['value']}")
            if not all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): err(f"{w}: departments")
        if r.get("year") is not None and not found(str(r["year"]), text): err(f"{w}: year")
        if "mode" in r and r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        for k in ("households", "housing_units"):
            q = r.get(k)
            check_q(q, f"{w}/{k}")
            if q and not q["approximate"] and not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", fold(text)):
                err(f"{w}: {k} count {q['min']} not found")
            if q and q.get("unit") and not found(q["unit"], text): err(f"{w}: unit not found")
        d = r.get("duration")
        if d:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}: duration keys")
            for k in ("start", "end"):
                if d[k] and not found(d[k], text): err(f"{w}: duration {k} not found")
        c = r.get("cost")
        if c:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None and (not re.fullmatch(r"\d+(\.\d+)?", v) or not amount_found(v, text)):
                    err(f"{w}: cost {k} {v} not found")
        for ct in r.get("contacts") or []:
            if set(ct) - {"name", "email", "phone", "role", "organisation"}: err(f"{w}: contact keys")
            for k in ("name", "email", "phone", "role", "organisation"):
                if ct.get(k) and not found(ct[k], text): err(f"{w}: contact {k} not found: {ct[k]}")
    return keys

all_keys = {}
for gname in sorted(os.listdir(GOLD)):
    if gname == "clusters.json" or not gname.endswith(".json"): continue
    all_keys[gname[:-5]] = check_file(gname)
for d in os.listdir(DOCS):
    if d not in all_keys: err(f"no gold for {d}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why"): err("cluster without why")
    for rec in c["records"]:
        if rec["key"] not in all_keys.get(rec["file"], ()): err(f"cluster record {rec} unknown")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
