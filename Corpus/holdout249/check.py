#!/usr/bin/env python3
"""Validate holdout249 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[\u2013\u2014]", "-", s)
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

PROJECT_KEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
                "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
                "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
                "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
                "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}
MODES = {"access": ["acces"], "maintenance": ["maintien"], "access_and_maintenance": ["acces", "maintien"]}

def need(where, text, value):
    if value is not None and fold(str(value)) not in text:
        err(f"{where}: {value!r} not found in document")

def check_q(where, q, text):
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty) or isinstance(q.get(k), bool) != (ty is bool):
            err(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q: need(where + ".unit", text, q["unit"])
    if not q.get("approximate") and isinstance(q.get("min"), int) and q["min"] == q["max"]:
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text): err(f"{where}: count {q['min']} not found")

gold_files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in gold_files) != docs: err(f"gold files {gold_files} do not match documents {docs}")
keys_by_file = {}
for gf in gold_files:
    try:
        g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    except Exception as e:
        err(f"{gf}: invalid JSON: {e}"); continue
    name = g.get("file")
    if name != gf[:-5]: err(f"{gf}: file field {name!r} does not match"); continue
    if not isinstance(g.get("records"), list) or not g["records"]: err(f"{gf}: records missing"); continue
    text = doc_text(name)
    keys = [r.get("key") for r in g["records"]]
    if len(set(keys)) != len(keys): err(f"{gf}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in g["records"]:
        w = f"{name}[{r.get('key')}]"
        spec = PROJECT_KEYS if r.get("kind") == "project" else INDEX_KEYS if r.get("kind") == "index_row" else None
        if spec is None: err(f"{w}: bad kind"); continue
        for k, ty in spec.items():
            if k not in r: err(f"{w}: missing key {k}")
            elif not isinstance(r[k], ty): err(f"{w}: {k} has wrong type")
        if r["kind"] == "index_row":
            if r["key"] != "index " + r["section"]: err(f"{w}: key must be 'index ' + section")
            line_ok = any(all(fold(v) in line for v in (r["section"], r["localisation"], r["organisme"], r["page"]))
                          for line in text.split("\n")) or all(fold(r[v]) in text for v in ("section", "localisation", "organisme", "page"))
            if not line_ok: err(f"{w}: index row values not found")
            continue
        if r["section"] is not None:
            need(w + ".section", text, r["section"])
            if r["key"] != r["section"]: err(f"{w}: key must equal section")
        need(w + ".title", text, r["title"])
        for c in r["carriers"] + r["partners"]:
            if not isinstance(c, str): err(f"{w}: carrier/partner not a string")
            else: need(w + ".carriers/partners", text, c)
        t = r["territory"]
        if t is not None:
            need(w + ".territory", text, t.get("value"))
            if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]):
                err(f"{w}: departments must be a list of codes")
        if r["year"] is not None: need(w + ".year", text, r["year"])
        if r["mode"] is not None:
            if r["mode"] not in MODES: err(f"{w}: bad mode")
            else:
                for m in MODES[r["mode"]]:
                    if m not in text: err(f"{w}: mode word {m} not found")
        for qk in ("households", "housing_units"):
            if r[qk] is not None: check_q(f"{w}.{qk}", r[qk], text)
        d = r["duration"]
        if d is not None:
            if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{w}: duration types")
            for k in ("start", "end"):
                if d.get(k) is not None: need(f"{w}.duration.{k}", text, d[k])
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "missing")
                if v == "missing": err(f"{w}: cost.{k} missing")
                elif v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{w}: cost.{k} not a decimal string")
                    else: need(f"{w}.cost.{k}", text, spaced(v))
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys {sorted(f)}")
            need(w + ".funding.source", text, f.get("source"))
            if f.get("eur") is not None: need(w + ".funding.eur", text, spaced(f["eur"]))
            if f.get("share_percent") is not None: need(w + ".funding.share", text, f["share_percent"] + " %")
        for k in r["contacts"]:
            if not isinstance(k.get("name"), str): err(f"{w}: contact name missing")
            for kk in ("name", "email", "phone", "role", "organisation"):
                if k.get(kk) is not None: need(f"{w}.contact.{kk}", text, k[kk])

try:
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters: bad cluster")
        for rec in c["records"]:
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()): err(f"clusters: unknown record {rec}")
except Exception as e:
    err(f"clusters.json: {e}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
