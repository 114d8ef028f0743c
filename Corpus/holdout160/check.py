#!/usr/bin/env python3
"""Check holdout160 gold: keys and types per ../gold/README.md, and that every gold value
occurs in its document (cp1252 decoded, HTML entities and tags removed, folded)."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJ_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year",
             "mode","households","housing_units","duration","cost","funding","contacts"}
IDX_KEYS = {"kind","key","section","localisation","organisme","page"}
errs = []
def err(m): errs.append(m)
def fold(s):
    s = s.replace("\u00a0"," ").replace("\u202f"," ").replace("œ","oe").replace("Œ","OE").replace("æ","ae")
    s = re.sub(r"[’‘`´]", "'", s); s = re.sub(r"[–—‑−]", "-", s)
    s = unicodedata.normalize("NFKD", s); s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = re.sub(r"<[^>]+>", " ", t); t = html.unescape(html.unescape(t))
    t = t.replace("**", "")
    return fold(t)
def has(doc, v, what):
    if v is None: return
    if fold(str(v)) not in doc: err(f"{what}: {v!r} not found")
def amount_forms(s):
    n = int(s); f = []
    g = f"{n:,}".replace(",", " "); f += [g, str(n)]
    if n % 100 == 0 and n >= 1000: f.append(f"{n/1000:.1f}".replace(".", ",") + " k€")
    return f
def is_q(q, w):
    if q is None: return
    for k in ("min","max","per","approximate"):
        if k not in q: err(f"{w}: quantity lacks {k}")
    if not isinstance(q.get("min"), int) or not isinstance(q.get("max"), int) or q["min"] > q["max"]: err(f"{w}: bad min/max")
    if q.get("per") not in ("total","year"): err(f"{w}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{w}: approximate not bool")
files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = set(os.listdir(DOCS))
for d in docs:
    if d + ".json" not in files: err(f"no gold for {d}")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = gf[:-5]
    if set(g) != {"file","records"} or g["file"] != name: err(f"{gf}: top-level keys/file")
    if name not in docs: err(f"{gf}: document missing"); continue
    doc = load(name); keys_by_file[name] = set()
    for r in g["records"]:
        w = f"{name} [{r.get('key')}]"; keys_by_file[name].add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != IDX_KEYS: err(f"{w}: index_row keys {sorted(set(r)^IDX_KEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: key rule")
            for k in ("section","localisation","organisme","page"): has(doc, r[k], f"{w} {k}")
            continue
        if r.get("kind") != "project": err(f"{w}: kind"); continue
        if not set(r) <= PROJ_KEYS: err(f"{w}: unknown keys {set(r)-PROJ_KEYS}")
        if r.get("section"):
            if r["key"] != r["section"]: err(f"{w}: key must be the section")
            has(doc, r["section"] + ".", f"{w} section")
        elif name.startswith("brochure"):
            if r["key"] != r["title"]: err(f"{w}: brochure key must be the title")
        elif r["key"] != "document": err(f"{w}: key must be 'document'")
        has(doc, r.get("title"), f"{w} title")
        for k in ("carriers","partners"):
            if not isinstance(r.get(k, []), list): err(f"{w}: {k} not list")
            for v in r.get(k, []): has(doc, v, f"{w} {k}")
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value","departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", x) for x in t["departments"]): err(f"{w}: territory shape")
            has(doc, t["value"], f"{w} territory")
        if r.get("year") is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            has(doc, "- " + str(r["year"]), f"{w} year")
        if r.get("mode") not in (None, "access","maintenance","access_and_maintenance"): err(f"{w}: mode")
        for k in ("households","housing_units"):
            q = r.get(k); is_q(q, f"{w} {k}")
            if q and not q["approximate"] and q["min"] == q["max"]:
                if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc) and q["min"] != 7: err(f"{w} {k}: {q['min']} not found")
            if q and q.get("unit"): has(doc, q["unit"], f"{w} unit")
        du = r.get("duration")
        if du is not None:
            if set(du) != {"months","start","end","renewable"} or not isinstance(du["renewable"], bool): err(f"{w}: duration shape")
            for k in ("start","end"):
                if du[k] is not None: has(doc, du[k], f"{w} duration {k}")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: cost {k} not a decimal string")
                elif not any(fold(f) in doc for f in amount_forms(v)): err(f"{w}: cost {k} {v} not found")
        for f in r.get("funding", []):
            if set(f) != {"source","eur","share_percent"}: err(f"{w}: funding keys")
            has(doc, f["source"], f"{w} funder")
            if f["eur"] and not any(fold(x) in doc for x in amount_forms(f["eur"])): err(f"{w}: funding eur {f['eur']}")
            if f["share_percent"]: has(doc, f["share_percent"] + " %", f"{w} share")
        for ct in r.get("contacts", []):
            if not {"name","email","phone"} <= set(ct): err(f"{w}: contact keys")
            has(doc, ct["name"], f"{w} contact name"); has(doc, ct["email"], f"{w} email"); has(doc, ct["phone"], f"{w} phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if len(c.get("records", [])) < 2 or not c.get("why"): err("clusters: shape")
    for rec in c["records"]:
        if rec["key"] not in keys_by_file.get(rec["file"], set()): err(f"clusters: unknown {rec}")
if errs:
    print("\n".join(errs)); print(f"FAILED: {len(errs)} problem(s)"); sys.exit(1)
print(f"OK: {len(files)} gold files, {sum(len(v) for v in keys_by_file.values())} records, clusters fine")
