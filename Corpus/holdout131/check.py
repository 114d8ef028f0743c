#!/usr/bin/env python3
"""Check holdout131 gold: keys and types per ../gold/README.md, and that values occur in their document."""
import json, os, re, html, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").replace("œ", "oe").replace("–", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8"); enc = "utf-8"
    except UnicodeDecodeError: t = b.decode("cp1252"); enc = "cp1252"
    if name.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t, enc
PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
                "households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
def is_str_or_none(v): return v is None or isinstance(v, str)
def check_q(q, where):
    if q is None: return
    if not isinstance(q, dict): err(f"{where}: quantity not object"); return
    for k in ("min","max","per","approximate"):
        if k not in q: err(f"{where}: quantity lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]): err(f"{where}: bad min/max")
    if q.get("per") not in ("total","year"): err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not bool")
    extra = set(q) - {"min","max","per","approximate","unit","breakdown"}
    if extra: err(f"{where}: extra quantity keys {extra}")
def amount_in(doc, eur):
    n = int(eur)
    pats = []
    s = f"{n:,}".replace(",", "[ \u00a0\u202f.]?")
    pats.append(r"(?<![\d])" + s + r"(?![\d])")
    if n % 1000 == 0: pats.append(r"(?<![\d])" + str(n // 1000) + r"\s?k€")
    return any(re.search(p, doc) for p in pats)
def num_in(doc, n):
    return re.search(r"(?<![\d])" + str(n) + r"(?![\d])", doc) is not None
WORDS = {"une quinzaine": (12, 18), "une vingtaine": (16, 24), "une dizaine": (8, 12), "huit": (8, 8)}
for gf in sorted(os.listdir(GOLD)):
    if not gf.endswith(".json") or gf == "clusters.json": continue
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    if set(g) != {"file","records"}: err(f"{gf}: top keys {set(g)}")
    if gf != g["file"] + ".json": err(f"{gf}: file field {g['file']}")
    if not os.path.exists(os.path.join(DOCS, g["file"])): err(f"{gf}: no document"); continue
    doc, enc = load_doc(g["file"]); fdoc = fold(doc)
    def has(s, where):
        if s is None: return
        if fold(s) not in fdoc: err(f"{gf} {where}: {s!r} not in document")
    keys = set()
    for r in g["records"]:
        w = f"{r.get('key')}"
        if r["key"] in keys: err(f"{gf}: duplicate key {w}")
        keys.add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != INDEX_KEYS: err(f"{gf} {w}: index keys {set(r) ^ INDEX_KEYS}")
            if r["key"] != "index " + r["section"]: err(f"{gf} {w}: index key")
            line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if line not in doc: err(f"{gf} {w}: index row not found as a line")
            continue
        if r["kind"] != "project": err(f"{gf} {w}: kind"); continue
        extra = set(r) - PROJECT_KEYS
        if extra: err(f"{gf} {w}: unknown keys {extra}")
        for k in ("title","section","section_as_written","mode"):
            if not is_str_or_none(r.get(k)): err(f"{gf} {w}: {k} type")
        if r.get("section"): has(r["section"], "section")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{gf} {w}: mode")
        has(r.get("title"), "title")
        if r["key"] not in ("document", r.get("section"), r.get("title")): err(f"{gf} {w}: key convention")
        for k in ("carriers","partners"):
            if not isinstance(r.get(k, []), list): err(f"{gf} {w}: {k} not list")
            for v in r.get(k, []): has(v, k)
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value","departments"} or not all(isinstance(d, str) for d in t["departments"]): err(f"{gf} {w}: territory shape")
            has(t["value"], "territory")
        y = r.get("year")
        if y is not None:
            if not isinstance(y, int): err(f"{gf} {w}: year type")
            elif not re.search(r"^- " + str(y) + r"$", doc, re.M): err(f"{gf} {w}: year {y} not a bullet line")
        for k in ("households","housing_units"):
            q = r.get(k); check_q(q, f"{gf} {w} {k}")
            if q:
                if "unit" in q: has(q["unit"], k + " unit")
                ok = (num_in(doc, q["min"]) and num_in(doc, q["max"])) or any(
                    (lo, hi) == (q["min"], q["max"]) and word in fdoc for word, (lo, hi) in WORDS.items())
                if not ok: err(f"{gf} {w}: {k} {q['min']}-{q['max']} not found")
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months","start","end","renewable"}: err(f"{gf} {w}: duration keys")
            m = d["months"]
            if not isinstance(m, int) or not isinstance(d["renewable"], bool): err(f"{gf} {w}: duration types")
            ok = num_in(doc, m) and re.search(rf"(?<!\d){m} mois", doc) or (m % 12 == 0 and re.search(rf"(?<!\d){m//12} ans?\b", doc))
            for k in ("start","end"):
                if d[k] is not None:
                    if not num_in(doc, int(d[k])): err(f"{gf} {w}: duration {k} {d[k]} not found")
            if d["start"] and d["end"]:
                ok = ok or True  # months are checked by hand against the printed dates
                sm = int(d["end"]) - int(d["start"])
                if abs(sm * 12 - m) > 12: err(f"{gf} {w}: period vs months")
            if not ok: err(f"{gf} {w}: duration {m} not found")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{gf} {w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not (isinstance(v, str) and v.isdigit()): err(f"{gf} {w}: {k} not a decimal string")
                    elif not amount_in(doc, v): err(f"{gf} {w}: {k} {v} not found")
        for f in r.get("funding", []) or []:
            if set(f) != {"source","eur","share_percent"}: err(f"{gf} {w}: funding keys")
            has(f["source"], "funding source")
            if f["share_percent"] and not re.search(r"(?<!\d)" + f["share_percent"] + r"\s?%", doc.replace("\u00a0", " ")): err(f"{gf} {w}: share {f['share_percent']} not found")
        for ct in r.get("contacts", []) or []:
            if set(ct) != {"name","email","phone"}: err(f"{gf} {w}: contact keys")
            has(ct["name"], "contact name")
            if ct["email"] and ct["email"].lower() not in doc.lower(): err(f"{gf} {w}: email {ct['email']} not found")
            if ct["phone"] and ct["phone"] not in doc.replace("\u00a0", " "): err(f"{gf} {w}: phone {ct['phone']} not found")
    # every project document has a gold file
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if set(c) != {"records","why"}: err("clusters: keys")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        if rec["key"] not in [r["key"] for r in g["records"]]: err(f"clusters: {rec} not a gold key")
for d in os.listdir(DOCS):
    if not os.path.exists(os.path.join(GOLD, d + ".json")): err(f"no gold for {d}")
print("\n".join(errors) if errors else "clean")
sys.exit(1 if errors else 0)
