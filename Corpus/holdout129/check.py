#!/usr/bin/env python3
"""Check holdout129 gold: keys and types (format of ../gold/README.md), and that every
gold string / figure occurs in its document (cp1252 decoded, HTML entities decoded, NBSP folded)."""
import json, os, re, html, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)

def load_doc(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if fn.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t

def norm(s):
    s = unicodedata.normalize('NFC', s)
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('\t', ' ')):
        s = s.replace(a, b)
    return re.sub(r' +', ' ', s).lower()

def has(doc, s): return norm(s) in norm(doc)

def has_amount(doc, eur):
    n = norm(doc)
    v = int(eur)
    spaced = f"{v:,}".replace(',', ' ')
    if spaced in n or str(v) in n or f"{v:,}".replace(',', '.') in n: return True
    k = v / 1000
    ks = (f"{k:g}").replace('.', ',')
    return re.search(r'(?<![\d,])' + re.escape(ks) + r' ?k€', n) is not None

def has_int(doc, v): return re.search(r'(?<!\d)' + str(v) + r'(?!\d)', norm(doc)) is not None

PROJ_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year",
             "mode","households","housing_units","duration","cost","funding","contacts"}
IDX_KEYS = {"kind","key","section","localisation","organisme","page"}
def check_q(fn, k, name, q, doc):
    if q is None: return
    for f, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(f), t): err(f"{fn} {k} {name}.{f} type")
    if q.get("per") not in ("total", "year"): err(f"{fn} {k} {name}.per value")
    if q["min"] > q["max"]: err(f"{fn} {k} {name} min>max")
    if "unit" in q and not has(doc, q["unit"]): err(f"{fn} {k} {name}.unit {q['unit']!r} not in doc")
    if not q["approximate"]:
        for v in {q["min"], q["max"]}:
            if not has_int(doc, v): print(f"  note: {fn} {k} {name} {v} written in words? (check by hand)")
    for b in q.get("breakdown", []):
        if not has(doc, b["label"]) or not has_int(doc, b["min"]): err(f"{fn} {k} {name} breakdown {b}")

for gf in sorted(os.listdir(GOLD)):
    if gf == 'clusters.json': continue
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    fn = g.get("file")
    if fn + '.json' != gf: err(f"{gf}: file field {fn!r}")
    doc = load_doc(fn)
    keys = [r["key"] for r in g["records"]]
    if len(keys) != len(set(keys)): err(f"{gf}: duplicate keys")
    for r in g["records"]:
        k = r["key"]
        if r["kind"] == "index_row":
            if set(r) != IDX_KEYS: err(f"{fn} {k}: index keys {set(r) ^ IDX_KEYS}")
            if k != "index " + r["section"]: err(f"{fn} {k}: key/section")
            line = next((l for l in doc.splitlines() if l.startswith(r["section"] + "\t")), None)
            if line is None: err(f"{fn} {k}: index line missing"); continue
            cells = line.split("\t")
            if cells[1:] != [r["localisation"], r["organisme"], r["page"]]: err(f"{fn} {k}: cells {cells}")
            continue
        if r["kind"] != "project": err(f"{fn} {k}: kind"); continue
        extra = set(r) - PROJ_KEYS
        if extra: err(f"{fn} {k}: unknown keys {extra}")
        if r.get("section") and not has(doc, r["section"] + "."): err(f"{fn} {k}: section")
        if r.get("section") and r["section"] != k: err(f"{fn} {k}: key != section")
        if not r.get("section") and k != "document" and k != r.get("title"): err(f"{fn} {k}: key")
        if r.get("title") and not has(doc, r["title"]): err(f"{fn} {k}: title {r['title']!r}")
        for f in ("carriers", "partners"):
            if not isinstance(r.get(f, []), list): err(f"{fn} {k}: {f} type")
            for v in r.get(f, []):
                if not has(doc, v): err(f"{fn} {k}: {f} {v!r}")
        t = r.get("territory")
        if t:
            if not has(doc, t["value"]): err(f"{fn} {k}: territory {t['value']!r}")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): err(f"{fn} {k}: deps")
        if r.get("year") is not None:
            if not isinstance(r["year"], int) or not has_int(doc, r["year"]): err(f"{fn} {k}: year")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{fn} {k}: mode")
        check_q(fn, k, "households", r.get("households"), doc)
        check_q(fn, k, "housing_units", r.get("housing_units"), doc)
        d = r.get("duration")
        if d:
            if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{fn} {k}: duration types")
            for f in ("start", "end"):
                if d.get(f) is not None and not has_int(doc, d[f]): err(f"{fn} {k}: duration {f}")
        c = r.get("cost")
        if c:
            for f in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(f)
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{fn} {k}: cost {f} format")
                    elif not has_amount(doc, v): err(f"{fn} {k}: cost {f} {v} not in doc")
        for fu in r.get("funding", []):
            if set(fu) != {"source", "eur", "share_percent"}: err(f"{fn} {k}: funding keys")
            if not has(doc, fu["source"]): err(f"{fn} {k}: funder {fu['source']!r}")
            if fu["eur"] and not has_amount(doc, fu["eur"]): err(f"{fn} {k}: funding eur {fu['eur']}")
            if fu["share_percent"] and not re.search(re.escape(fu["share_percent"]) + r" ?%", norm(doc)): err(f"{fn} {k}: share {fu['share_percent']}")
        for ct in r.get("contacts", []):
            if not has(doc, ct["name"]): err(f"{fn} {k}: contact name {ct['name']!r}")
            for f in ("email", "phone"):
                if ct.get(f) and not has(doc, ct[f]): err(f"{fn} {k}: contact {f} {ct[f]!r}")

cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl["clusters"]:
    if not c.get("why"): err("cluster without why")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + '.json'), encoding='utf-8'))
        if rec["key"] not in [r["key"] for r in g["records"]]: err(f"cluster record {rec} not in gold")
print("\n".join(errors) if errors else "check.py: clean")
sys.exit(1 if errors else 0)
