#!/usr/bin/env python3
"""Validate holdout421 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, unicodedata, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "title", "carriers", "partners", "territory", "year", "mode",
                "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def need(cond, msg):
    if not cond:
        errors.append(msg)

def check_q(q, where, text):
    if q is None:
        return
    need(isinstance(q, dict) and {"min", "max", "per", "approximate"} <= set(q), f"{where}: quantity keys")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q["per"] in ("total", "year"), f"{where}: per")
    need(isinstance(q["approximate"], bool), f"{where}: approximate")
    if not q["approximate"]:
        need(re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], text), f"{where}: count {q['min']} not in document")
    if "unit" in q:
        need(fold(q["unit"]) in text, f"{where}: unit {q['unit']}")

files = sorted(f for f in os.listdir(DOCS))
for doc in files:
    gpath = os.path.join(GOLD, doc + ".json")
    need(os.path.exists(gpath), f"missing gold for {doc}")
    if not os.path.exists(gpath):
        continue
    raw = open(os.path.join(DOCS, doc), "rb").read()
    enc = "cp1252" if "cp1252" in doc else "utf-8"
    if enc == "cp1252":
        try:
            raw.decode("utf-8"); errors.append(f"{doc}: decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    text = fold(raw.decode(enc))
    g = json.load(open(gpath, encoding="utf-8"))
    need(g.get("file") == doc, f"{doc}: file field")
    keys = set()
    for r in g["records"]:
        w = f"{doc}#{r.get('key')}"
        need(r.get("key") not in keys, f"{w}: duplicate key"); keys.add(r.get("key"))
        if r["kind"] == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: index keys")
            need(r["key"] == "index " + r["section"], f"{w}: index key")
            for k in ("section", "localisation", "organisme", "page"):
                need(fold(r[k]) in text, f"{w}: {k} not found")
            continue
        need(r["kind"] == "project", f"{w}: kind")
        need(PROJECT_KEYS <= set(r), f"{w}: missing keys {PROJECT_KEYS - set(r)}")
        if r["section"]:
            need(r["key"] == r["section"] and r["section"] + "." in text, f"{w}: section")
        need(fold(r["title"]) in text, f"{w}: title not found")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f"{w}: {k} list")
            for v in r[k]:
                need(fold(v) in text, f"{w}: {k} {v!r} not found")
        t = r["territory"]
        if t:
            need(fold(t["value"]) in text, f"{w}: territory not found")
            need(all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), f"{w}: departments")
        if r["year"] is not None:
            need(isinstance(r["year"], int) and str(r["year"]) in text, f"{w}: year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f"{w}: mode")
        check_q(r["households"], w + " households", text)
        check_q(r["housing_units"], w + " housing_units", text)
        d = r["duration"]
        if d:
            need(set(d) == {"months", "start", "end", "renewable"}, f"{w}: duration keys")
            need(d["months"] is None or isinstance(d["months"], int), f"{w}: months")
            for k in ("start", "end"):
                need(d[k] is None or d[k] in text, f"{w}: duration {k}")
        c = r["cost"]
        if c:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", v) and spaced(v) in text, f"{w}: cost {k} {v}")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}: funding keys")
            need(fold(f["source"]) in text, f"{w}: funder {f['source']}")
            if f["eur"]:
                need(spaced(f["eur"]) in text, f"{w}: funding eur")
            if f["share_percent"]:
                need(re.search(re.escape(f["share_percent"]) + r" ?%", text), f"{w}: share")
        for p in r["contacts"]:
            need(set(p) >= {"name", "email", "phone"}, f"{w}: contact keys")
            need(fold(p["name"]) in text, f"{w}: contact name {p['name']}")
            for k in ("email", "phone"):
                if p[k]:
                    need(fold(p[k]) in text, f"{w}: contact {k} {p[k]}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and len(c["records"]) >= 2, "clusters: shape")
    for rr in c["records"]:
        g = json.load(open(os.path.join(GOLD, rr["file"] + ".json"), encoding="utf-8"))
        need(any(x["key"] == rr["key"] for x in g["records"]), f"clusters: {rr} not in gold")
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
