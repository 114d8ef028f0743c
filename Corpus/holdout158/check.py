#!/usr/bin/env python3
"""Check the gold of holdout158: keys and types per ../gold/README.md, and that every gold
value occurs in its document (cp1252 decoded, HTML entities decoded, tags stripped, folded)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(f, msg): errors.append(f"{f}: {msg}")

def load(path):
    b = open(path, "rb").read()
    try: s = b.decode("utf-8")
    except UnicodeDecodeError: s = b.decode("cp1252")
    if path.endswith(".html"):
        s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
        s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[’'`´]", "'", s)
    s = re.sub(r"[‐‑‒–—―]", "-", s)
    s = s.replace("*", "")
    return re.sub(r"\s+", " ", s)

NUMWORDS = {6: "six", 8: "huit", 9: "neuf", 15: "quinze"}

def has(text, value): return fold(value) in text

def amount_forms(eur):
    n = int(eur); forms = {str(n)}
    t = f"{n:,}".replace(",", " "); forms.add(t)
    if n % 100 == 0 and n >= 1000:
        forms.add(f"{n/1000:.1f}".replace(".", ",") + " k€")
    return forms

PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
QKEYS = {"min", "max", "per", "approximate"}

def check_q(f, k, q, text, name):
    if q is None: return
    if not isinstance(q, dict) or not QKEYS <= set(q) or not set(q) <= QKEYS | {"unit"}:
        return err(f, f"{k}: bad {name} keys")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f, f"{k}: {name} min/max")
    if q["per"] not in ("total", "year"): err(f, f"{k}: {name} per")
    if not isinstance(q["approximate"], bool): err(f, f"{k}: {name} approximate")
    if "unit" in q and not has(text, q["unit"]): err(f, f"{k}: {name} unit {q['unit']!r} not in text")
    if not q["approximate"] or q["min"] == q["max"]:
        for v in {q["min"], q["max"]}:
            if not re.search(r"(?<!\d)(?<!\d )%d(?![\d,])(?! \d{3}(?!\d))" % v, text) and NUMWORDS.get(v, "@@") not in text:
                err(f, f"{k}: {name} {v} not in text")

for gf in sorted(os.listdir(GOLD)):
    if gf == "clusters.json": continue
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    f = g.get("file")
    if set(g) != {"file", "records"} or gf != f + ".json": err(gf, "file/records keys or name"); continue
    if not os.path.exists(os.path.join(DOCS, f)): err(gf, "document missing"); continue
    text = fold(load(os.path.join(DOCS, f)))
    keys = set()
    for r in g["records"]:
        k = r.get("key")
        if k in keys: err(f, f"duplicate key {k}")
        keys.add(k)
        if r.get("kind") == "index_row":
            if set(r) != IKEYS: err(f, f"{k}: index_row keys"); continue
            if k != "index " + r["section"]: err(f, f"{k}: key rule")
            for fld in ("section", "localisation", "organisme", "page"):
                if not has(text, r[fld]): err(f, f"{k}: {fld} {r[fld]!r} not in text")
            continue
        if r.get("kind") != "project" or set(r) != PKEYS: err(f, f"{k}: project keys {sorted(set(r) ^ PKEYS)}"); continue
        if r["section"] is not None:
            if k != r["section"] or not has(text, r["section"] + "."): err(f, f"{k}: section/key")
        elif k != "document" and k != r["title"]: err(f, f"{k}: key must be 'document' or the title")
        if r["title"] is not None and not has(text, r["title"]): err(f, f"{k}: title not in text")
        for fld in ("carriers", "partners"):
            if not isinstance(r[fld], list): err(f, f"{k}: {fld} not a list")
            for v in r[fld]:
                if not has(text, v): err(f, f"{k}: {fld} {v!r} not in text")
        t = r["territory"]
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(f, f"{k}: territory shape")
            elif not has(text, t["value"]): err(f, f"{k}: territory {t['value']!r} not in text")
        if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in text): err(f, f"{k}: year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f, f"{k}: mode")
        check_q(f, k, r["households"], text, "households")
        check_q(f, k, r["housing_units"], text, "housing_units")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool): err(f, f"{k}: duration shape")
            for y in (d["start"], d["end"]):
                if y is not None and (not re.fullmatch(r"\d{4}", y) or y not in text): err(f, f"{k}: duration year {y}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f, f"{k}: cost shape")
            for v in c.values():
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(f, f"{k}: cost {v} not a decimal string")
                elif not any(fold(x) in text for x in amount_forms(v)): err(f, f"{k}: cost {v} not in text")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: err(f, f"{k}: funding shape"); continue
            if not has(text, fu["source"]): err(f, f"{k}: funder {fu['source']!r} not in text")
            if fu["eur"] and not any(fold(x) in text for x in amount_forms(fu["eur"])): err(f, f"{k}: funding eur {fu['eur']}")
            if fu["share_percent"] and not re.search(re.escape(fu["share_percent"]) + r" ?%", text): err(f, f"{k}: share {fu['share_percent']}")
        for ct in r["contacts"]:
            if not {"name", "email", "phone"} <= set(ct): err(f, f"{k}: contact shape"); continue
            for fld in ("name", "email", "phone"):
                if ct[fld] is not None and not has(text, ct[fld]): err(f, f"{k}: contact {fld} {ct[fld]!r} not in text")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    for rec in c["records"]:
        p = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(p) or rec["key"] not in {r["key"] for r in json.load(open(p, encoding="utf-8"))["records"]}:
            err("clusters.json", f"unknown record {rec}")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print("OK: all gold files pass")
