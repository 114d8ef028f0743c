#!/usr/bin/env python3
"""Validate holdout310 gold files: shape, keys, types, and that values occur in their document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def spaced(n):
    s = str(n)
    if "." in s: return None
    out = ""
    while len(s) > 3: out, s = " " + s[-3:] + out, s[:-3]
    return s + out

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: return b.decode("utf-8")
    except UnicodeDecodeError: return b.decode("cp1252")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def found(text, value, where):
    if value is None: return
    if fold(str(value)) not in text: err(f"{where}: {value!r} not found in document")

def check_q(q, text, where, allow_null=True):
    if q is None:
        if not allow_null: err(f"{where}: null"); return
        return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not bool")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    if not q.get("approximate") or q["min"] == q["max"]:
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", text):
            err(f"{where}: count {q['min']} not found")

def check_project(r, text, where):
    if set(r) != PROJECT_KEYS: err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    for k in ("key",):
        if not isinstance(r.get(k), str): err(f"{where}: {k} not str")
    if r.get("section") is not None: found(text, r["section"] + ".", where + ".section")
    if not isinstance(r.get("title"), str): err(f"{where}: title")
    else: found(text, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}: {k} not list"); continue
        for v in r[k]: found(text, v, f"{where}.{k}")
    t = r.get("territory")
    if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
        err(f"{where}: territory")
    else:
        found(text, t["value"], where + ".territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{where}: dep {d}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{where}: year")
        else: found(text, str(y), where + ".year")
    if r.get("mode") not in MODES: err(f"{where}: mode")
    check_q(r.get("households"), text, where + ".households", allow_null=False)
    check_q(r.get("housing_units"), text, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}: duration keys")
        if not isinstance(d.get("months"), int): err(f"{where}: months")
        if not isinstance(d.get("renewable"), bool): err(f"{where}: renewable")
        for k in ("start", "end"):
            if d.get(k) is not None: found(text, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}: cost keys")
        for k, v in c.items():
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{where}: {k} not decimal string")
            else: found(text, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{where}: funding")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys")
            found(text, f.get("source"), where + ".funding.source")
            if f.get("eur") is not None: found(text, spaced(f["eur"]), where + ".funding.eur")
            if f.get("share_percent") is not None: found(text, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list): err(f"{where}: contacts")
    else:
        for k in r["contacts"]:
            if set(k) != {"name", "email", "phone"}: err(f"{where}: contact keys")
            for kk in ("name", "email", "phone"): found(text, k.get(kk), f"{where}.contact.{kk}")

def check_index(r, text, where):
    if set(r) != INDEX_KEYS: err(f"{where}: keys")
    if r.get("key") != "index " + str(r.get("section")): err(f"{where}: key")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    if row not in text.replace("\u00a0", " ").splitlines() and row not in text: err(f"{where}: index row not found")

docs = sorted(os.listdir(DOCS))
for name in docs:
    p = os.path.join(GOLD, name + ".json")
    if not os.path.exists(p): err(f"missing gold for {name}"); continue
    g = json.load(open(p, encoding="utf-8"))
    if g.get("file") != name or not isinstance(g.get("records"), list) or set(g) != {"file", "records"}:
        err(f"{name}: top-level shape"); continue
    raw = read_doc(name); text = fold(raw)
    keys = [r.get("key") for r in g["records"]]
    if len(keys) != len(set(keys)): err(f"{name}: duplicate keys")
    for r in g["records"]:
        where = f"{name}[{r.get('key')}]"
        if r.get("kind") == "project": check_project(r, text, where)
        elif r.get("kind") == "index_row": check_index(r, raw, where)
        else: err(f"{where}: kind")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
golds = {n: {r["key"] for r in json.load(open(os.path.join(GOLD, n + ".json"), encoding="utf-8"))["records"]} for n in docs}
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters: shape")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: entry shape")
    for rec in c.get("records", []):
        if rec.get("key") not in golds.get(rec.get("file"), set()): err(f"clusters: unknown record {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
