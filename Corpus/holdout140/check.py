#!/usr/bin/env python3
"""Check the holdout140 gold files: keys and types (format of ../gold/README.md),
and that every gold string or figure occurs in its document (cp1252 decoded,
HTML tags stripped and entities decoded, NBSP and apostrophes folded)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(f, msg): errors.append(f"{f}: {msg}")

def load(path):
    b = open(path, "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if path.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2013", "-")
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()

def has(text, s): return fold(s) in text

def amount_in(text, eur):
    n = int(eur)
    forms = {str(n), f"{n:,}".replace(",", " "), f"{n:,}".replace(",", ".")}
    if n % 1000 == 0: forms.add(f"{n // 1000} k€")
    return any(f in text for f in forms)

WORDS = {(8, 12): "dizaine", (12, 18): "quinzaine", (16, 24): "vingtaine"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def is_str_or_none(v): return v is None or isinstance(v, str)

def check_q(f, k, name, q, text, housing):
    if q is None: return
    need = {"min", "max", "per", "approximate"}
    if not need <= set(q): err(f, f"{k}: {name} lacks {need - set(q)}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f, f"{k}: {name} min/max")
    if q["per"] not in ("total", "year"): err(f, f"{k}: {name} per")
    if not isinstance(q["approximate"], bool): err(f, f"{k}: {name} approximate")
    if "unit" in q and not has(text, q["unit"]): err(f, f"{k}: unit {q['unit']!r} not in document")
    if (q["min"], q["max"]) in WORDS and q["approximate"]:
        if WORDS[(q["min"], q["max"])] not in text: err(f, f"{k}: {name} order-of-size word missing")
    else:
        for n in {q["min"], q["max"]}:
            if not re.search(rf"(?<![\d,.]){n}(?![\d])", text): err(f, f"{k}: {name} {n} not in document")

for name in sorted(os.listdir(GOLD)):
    path = os.path.join(GOLD, name)
    g = json.load(open(path, encoding="utf-8"))
    if name == "clusters.json":
        for c in g.get("clusters", []):
            if not isinstance(c.get("why"), str): err(name, "cluster without why")
            for r in c["records"]:
                gp = os.path.join(GOLD, r["file"] + ".json")
                if not os.path.exists(gp): err(name, f"no gold for {r['file']}")
                elif r["key"] not in {x["key"] for x in json.load(open(gp, encoding="utf-8"))["records"]}:
                    err(name, f"key {r['key']} not in {r['file']}")
        continue
    if set(g) != {"file", "records"}: err(name, "top-level keys")
    if name != g["file"] + ".json": err(name, "file name mismatch")
    doc = os.path.join(DOCS, g["file"])
    if not os.path.exists(doc): err(name, "document missing"); continue
    text = fold(load(doc))
    keys = [r["key"] for r in g["records"]]
    if len(keys) != len(set(keys)): err(name, "duplicate keys")
    for r in g["records"]:
        k = r["key"]
        if r["kind"] == "index_row":
            if set(r) != INDEX_KEYS: err(name, f"{k}: index keys {set(r) ^ INDEX_KEYS}")
            if k != "index " + r["section"]: err(name, f"{k}: index key")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if fold(row) not in fold(load(doc).replace("\r", "")): err(name, f"{k}: index row not in document")
            continue
        if r["kind"] != "project": err(name, f"{k}: kind"); continue
        if not set(r) <= PROJECT_KEYS or not {"kind", "key", "title"} <= set(r): err(name, f"{k}: keys {set(r) - PROJECT_KEYS}")
        if r.get("section") is not None and (r["section"] != k or not has(text, r["section"] + ".")): err(name, f"{k}: section")
        if r.get("section") is None and k != "document" and k != r["title"]: err(name, f"{k}: key should be the title")
        if not has(text, r["title"]): err(name, f"{k}: title not in document")
        for fld in ("carriers", "partners"):
            if not isinstance(r.get(fld, []), list): err(name, f"{k}: {fld} type")
            for v in r.get(fld, []):
                if not has(text, v): err(name, f"{k}: {fld} {v!r} not in document")
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value", "departments"} or not isinstance(t["departments"], list): err(name, f"{k}: territory shape")
            if not has(text, t["value"]): err(name, f"{k}: territory not in document")
        y = r.get("year")
        if y is not None and (not isinstance(y, int) or f"- {y}" not in text): err(name, f"{k}: year")
        if r.get("mode") not in MODES: err(name, f"{k}: mode")
        check_q(name, k, "households", r.get("households"), text, False)
        check_q(name, k, "housing_units", r.get("housing_units"), text, True)
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(name, f"{k}: duration keys")
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(name, f"{k}: duration types")
            for v in (d["start"], d["end"]):
                if v is not None and (not isinstance(v, str) or v not in text): err(name, f"{k}: duration year {v}")
            m = d["months"]
            if not (f"{m} mois" in text or (m % 12 == 0 and (f"{m // 12} ans" in text or {2: "deux ans", 3: "trois ans"}.get(m // 12, "#") in text)) or (d["start"] and d["end"])):
                err(name, f"{k}: duration {m} months not visible")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(name, f"{k}: cost keys")
            for v in c.values():
                if v is not None and (not isinstance(v, str) or not v.isdigit() or not amount_in(text, v)): err(name, f"{k}: amount {v}")
        for fu in r.get("funding", []):
            if set(fu) != {"source", "eur", "share_percent"}: err(name, f"{k}: funding keys")
            if not has(text, fu["source"]): err(name, f"{k}: funder {fu['source']}")
            if fu["eur"] is not None and not amount_in(text, fu["eur"]): err(name, f"{k}: funding amount {fu['eur']}")
            if fu["share_percent"] is not None and not re.search(rf"{fu['share_percent']}\s?%", text): err(name, f"{k}: share {fu['share_percent']}")
        for p in r.get("contacts", []):
            if set(p) != {"name", "email", "phone"}: err(name, f"{k}: contact keys")
            for v in p.values():
                if v is not None and not has(text, v): err(name, f"{k}: contact {v!r} not in document")

docs = sorted(os.listdir(DOCS))
golds = {n[:-5] for n in os.listdir(GOLD) if n != "clusters.json"}
for d in docs:
    if d not in golds: err(d, "no gold file")
print("\n".join(errors) if errors else f"clean: {len(golds)} gold files, {len(docs)} documents")
sys.exit(1 if errors else 0)
