#!/usr/bin/env python3
"""Check this set's gold: keys and types per ../gold/README.md, and every gold value present in its document."""
import json, os, re, sys, html, unicodedata, glob

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = s.replace("–", "-").replace("—", "-").replace("→", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(path):
    b = open(path, "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if path.endswith(".html"):
        t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return fold(t)

PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
                "households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
Q_KEYS = {"min","max","per","approximate"}

def is_dec(x): return x is None or (isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x) is not None)

def amount_forms(d):
    n = int(d); forms = [f"{n:,}".replace(",", " "), str(n)]
    if n % 100 == 0: forms.append(f"{n/1000:g}".replace(".", ",") + " k€")
    return [fold(f) for f in forms]

def has(doc, s): return fold(s) in doc

for gpath in sorted(glob.glob(os.path.join(GOLD, "*.json"))):
    name = os.path.basename(gpath)
    data = json.load(open(gpath, encoding="utf-8"))
    if name == "clusters.json":
        for c in data.get("clusters", []):
            if not isinstance(c.get("why"), str): err("clusters: why missing")
            for r in c["records"]:
                g = json.load(open(os.path.join(GOLD, r["file"] + ".json"), encoding="utf-8"))
                if r["key"] not in {x["key"] for x in g["records"]}: err(f"clusters: {r} not in gold")
        continue
    if set(data) != {"file", "records"} or data["file"] + ".json" != name: err(f"{name}: top-level keys/file"); continue
    dpath = os.path.join(DOCS, data["file"])
    if not os.path.exists(dpath): err(f"{name}: document missing"); continue
    doc = load(dpath)
    keys = [r["key"] for r in data["records"]]
    if len(keys) != len(set(keys)): err(f"{name}: duplicate keys")
    for r in data["records"]:
        k = f"{name}[{r.get('key')}]"
        if r["kind"] == "index_row":
            if set(r) != INDEX_KEYS: err(f"{k}: index keys {set(r) ^ INDEX_KEYS}")
            for f in ("section","localisation","organisme","page"):
                if not isinstance(r[f], str) or not has(doc, r[f]): err(f"{k}: {f} {r[f]!r} not in document")
            if r["key"] != "index " + r["section"]: err(f"{k}: key")
            continue
        if r["kind"] != "project": err(f"{k}: kind"); continue
        if set(r) - PROJECT_KEYS: err(f"{k}: unknown keys {set(r) - PROJECT_KEYS}")
        if r.get("section") is not None:
            if r["key"] != r["section"] or not has(doc, r["section"] + "."): err(f"{k}: section")
        if r.get("title") is not None and not has(doc, r["title"]): err(f"{k}: title not in document")
        for f in ("carriers", "partners"):
            if not isinstance(r.get(f, []), list): err(f"{k}: {f} not a list")
            for v in r.get(f, []):
                if not has(doc, v): err(f"{k}: {f} {v!r} not in document")
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value", "departments"} or not all(isinstance(x, str) for x in t["departments"]): err(f"{k}: territory shape")
            if not has(doc, t["value"]): err(f"{k}: territory {t['value']!r} not in document")
        if r.get("year") is not None and (not isinstance(r["year"], int) or str(r["year"]) not in doc): err(f"{k}: year")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{k}: mode")
        for f in ("households", "housing_units"):
            q = r.get(f)
            if q is None: continue
            if not Q_KEYS <= set(q) or set(q) - Q_KEYS - {"unit", "breakdown"}: err(f"{k}: {f} keys")
            if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f"{k}: {f} min/max")
            if q["per"] not in ("total", "year") or not isinstance(q["approximate"], bool): err(f"{k}: {f} per/approx")
            if not q["approximate"]:
                for n in {q["min"], q["max"]}:
                    if not re.search(r"(?<!\d)(?<!\d )" + str(n) + r"(?!\d)(?! \d{3})", doc) and not (n == 9 and "neuf" in doc): err(f"{k}: {f} {n} not in document")
            if "unit" in q and not has(doc, q["unit"]): err(f"{k}: unit {q['unit']} not in document")
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool): err(f"{k}: duration keys")
            for f in ("start", "end"):
                if d[f] is not None and d[f] not in doc: err(f"{k}: duration {f} {d[f]} not in document")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{k}: cost keys")
            for f, v in c.items():
                if not is_dec(v): err(f"{k}: cost {f} not a decimal string")
                elif v is not None and not any(x in doc for x in amount_forms(v)): err(f"{k}: cost {f} {v} not in document")
        for fu in r.get("funding", []):
            if set(fu) != {"source", "eur", "share_percent"} or not has(doc, fu["source"]): err(f"{k}: funding {fu}")
            if fu["eur"] is not None and not any(x in doc for x in amount_forms(fu["eur"])): err(f"{k}: funding eur {fu['eur']}")
            if fu["share_percent"] is not None and not re.search(fu["share_percent"] + r" ?%", doc): err(f"{k}: share {fu['share_percent']}")
        for ct in r.get("contacts", []):
            if not {"name", "email", "phone"} <= set(ct): err(f"{k}: contact keys")
            for f in ("name", "email", "phone"):
                if ct.get(f) is not None and not has(doc, ct[f]): err(f"{k}: contact {f} {ct[f]!r} not in document")

print("\n".join(errors) if errors else "clean: every gold file and value checked")
sys.exit(1 if errors else 0)
