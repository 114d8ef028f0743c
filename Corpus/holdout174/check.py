#!/usr/bin/env python3
"""Checks holdout174's gold against its documents (python3, standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(m): errors.append(m)

def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("–", "-").replace("—", "-").replace("*", "")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<script.*?</script>|<style.*?</style>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def has(text, v): return fold(str(v)) in text

def num_in(text, n):
    n = int(n)
    return re.search(r"(?<!\d)(?<!\d )" + re.escape(spaced(n)) + r"(?![\d])", text) is not None or \
           re.search(r"(?<!\d)" + str(n) + r"(?!\d)", text) is not None

PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
WORDS = {"une quinzaine", "une vingtaine", "une trentaine", "une dizaine", "une centaine", "une quarantaine"}

def check_q(text, q, where, f):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f"{where}: {f} malformed")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f"{where}: {f} min/max")
    if q["per"] not in ("total", "year"): err(f"{where}: {f} per")
    if not isinstance(q["approximate"], bool): err(f"{where}: {f} approximate")
    if q["approximate"] and q["min"] != q["max"]:
        if not any(w in text for w in WORDS): err(f"{where}: {f} approximate word not found")
    else:
        for n in {q["min"], q["max"]}:
            if not num_in(text, n): err(f"{where}: {f} {n} not in document")
    if "unit" in q and not has(text, q["unit"]): err(f"{where}: {f} unit {q['unit']}")
    for b in q.get("breakdown", []):
        if not has(text, b["label"]) or not num_in(text, b["min"]): err(f"{where}: breakdown {b}")

def check_project(text, r, where):
    if set(r) != PKEYS: err(f"{where}: keys {sorted(set(r) ^ PKEYS)}")
    if r["title"] is not None and not has(text, r["title"]): err(f"{where}: title not found")
    for f in ("carriers", "partners"):
        if not isinstance(r[f], list): err(f"{where}: {f} not a list")
        for v in r[f]:
            if not has(text, v): err(f"{where}: {f} {v!r} not found")
    t = r["territory"]
    if t is not None:
        if not has(text, t["value"]): err(f"{where}: territory value")
        if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): err(f"{where}: departments")
    if r["year"] is not None and not num_in(text, r["year"]): err(f"{where}: year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}: mode")
    check_q(text, r["households"], where, "households")
    check_q(text, r["housing_units"], where, "housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}: duration keys")
        for k in ("start", "end"):
            if d[k] is not None and not num_in(text, d[k]): err(f"{where}: duration {k}")
        if d["months"] is not None and not isinstance(d["months"], int): err(f"{where}: months type")
        if d["start"] and d["end"] and abs(d["months"] - 12 * (int(d["end"]) - int(d["start"]))) > 12:
            err(f"{where}: months vs years")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}: cost keys")
        for k, v in c.items():
            if v is None: continue
            if not (isinstance(v, str) and v.isdigit()): err(f"{where}: cost {k} not a decimal string")
            elif not (num_in(text, v) or (v.endswith("000") and re.search(r"(?<!\d)" + v[:-3] + r" ?k€", text))):
                err(f"{where}: cost {k} {v} not found")
    for fu in r["funding"]:
        if set(fu) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys")
        if not has(text, fu["source"]): err(f"{where}: funder {fu['source']}")
        if fu["eur"] is not None and not num_in(text, fu["eur"]): err(f"{where}: funding eur")
        if fu["share_percent"] is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", text): err(f"{where}: share")
    for ct in r["contacts"]:
        if set(ct) != {"name", "email", "phone"}: err(f"{where}: contact keys")
        for k in ("name", "email", "phone"):
            if ct[k] is not None and not has(text, ct[k]): err(f"{where}: contact {k} {ct[k]!r}")

total = 0
for g in sorted(os.listdir(GOLD)):
    if g == "clusters.json": continue
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data["file"]
    if g != name + ".json": err(f"{g}: file field")
    if not os.path.exists(os.path.join(DOCS, name)): err(f"{g}: missing document"); continue
    text = load(name)
    raw = open(os.path.join(DOCS, name), "rb").read()
    keys = [r["key"] for r in data["records"]]
    if len(keys) != len(set(keys)): err(f"{g}: duplicate keys")
    for r in data["records"]:
        total += 1
        where = f"{name} [{r['key']}]"
        if r["kind"] == "project":
            check_project(text, r, where)
        elif r["kind"] == "index_row":
            if set(r) != IKEYS: err(f"{where}: index keys")
            line = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
            if line not in fold(raw.decode("utf-8")).replace(" \t", "\t"): 
                if not all(has(text, r[k]) for k in ("section", "localisation", "organisme", "page")):
                    err(f"{where}: index row not in guide")
            if r["key"] != "index " + r["section"]: err(f"{where}: index key")
            if r["section"] not in keys: err(f"{where}: no monograph for index row")
        else:
            err(f"{where}: kind")
    if name.endswith("cp1252.txt"):
        try: raw.decode("utf-8"); err(f"{name}: is valid UTF-8, expected Windows-1252")
        except UnicodeDecodeError: pass

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why"): err("cluster without why")
    for rec in c["records"]:
        d = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        if rec["key"] not in [r["key"] for r in d["records"]]: err(f"cluster key {rec} not in gold")

if errors:
    print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK ({total} records)")
