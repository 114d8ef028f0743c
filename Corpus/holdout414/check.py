#!/usr/bin/env python3
"""Validate holdout414 gold files: shape, keys, types, values found in documents. Standard library only."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def load(name):
    b = open(os.path.join(DOC, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def digits(t): return re.sub(r"(?<=\d)[ .](?=\d)", "", t)
def has(text, v, what, f):
    if v is None: return
    if fold(str(v)) not in text: err(f"{f}: {what} {v!r} not found")
QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJ = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"]
names = sorted(os.listdir(DOC))
for n in names:
    if not os.path.exists(os.path.join(GOLD, n + ".json")): err(f"no gold for {n}")
for g in sorted(os.listdir(GOLD)):
    if g == "clusters.json": continue
    f = g[:-5]
    try: data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    except Exception as e: err(f"{g}: bad JSON {e}"); continue
    if data.get("file") != f: err(f"{g}: file field {data.get('file')!r}")
    if f not in names: err(f"{g}: no document"); continue
    text = load(f); dtext = digits(text)
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: err(f"{g}: records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): err(f"{g}: duplicate keys")
    for r in recs:
        k = r.get("key"); where = f"{g} [{k}]"
        if r.get("kind") == "index_row":
            for x in ["section","localisation","organisme","page"]:
                if not isinstance(r.get(x), str): err(f"{where}: {x} type")
                else: has(text, r[x], x, where)
            continue
        if r.get("kind") != "project": err(f"{where}: kind"); continue
        for x in PROJ:
            if x not in r: err(f"{where}: missing {x}")
        if not isinstance(k, str): err(f"{where}: key type")
        if r["section"] is not None: has(text, r["section"] + ".", "section", where)
        if not isinstance(r["title"], str): err(f"{where}: title type")
        else: has(text, r["title"], "title", where)
        for x in ["carriers","partners"]:
            if not isinstance(r[x], list) or not all(isinstance(v, str) for v in r[x]): err(f"{where}: {x} type")
            else:
                for v in r[x]: has(text, v, x, where)
        t = r["territory"]
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list) or \
               not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(f"{where}: territory shape")
            else: has(text, t["value"], "territory", where)
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{where}: year type")
            else: has(text, str(r["year"]), "year", where)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}: mode")
        for x in ["households","housing_units"]:
            q = r[x]
            if q is None: continue
            for kk, ty in QKEYS.items():
                if not isinstance(q.get(kk), ty): err(f"{where}: {x}.{kk} type")
            if q.get("per") not in ("total","year"): err(f"{where}: {x}.per")
            if isinstance(q.get("min"), int) and isinstance(q.get("max"), int):
                if q["min"] > q["max"]: err(f"{where}: {x} min>max")
                if not q["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], dtext):
                    err(f"{where}: {x} {q['min']} not found")
            if "unit" in q: has(text, q["unit"], f"{x}.unit", where)
        d = r["duration"]
        if d is not None:
            if not (d.get("months") is None or isinstance(d["months"], int)): err(f"{where}: months type")
            if not isinstance(d.get("renewable"), bool): err(f"{where}: renewable type")
            for x in ["start","end"]:
                if d.get(x) is not None:
                    if not isinstance(d[x], str): err(f"{where}: duration.{x} type")
                    else: has(text, d[x], f"duration.{x}", where)
        c = r["cost"]
        if c is not None:
            for x in ["total_eur","per_year_eur","per_household_eur"]:
                v = c.get(x, "MISSING")
                if v == "MISSING": err(f"{where}: cost.{x} missing"); continue
                if v is None: continue
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{where}: cost.{x} format")
                elif v not in dtext: err(f"{where}: cost.{x} {v} not found")
        if not isinstance(r["funding"], list): err(f"{where}: funding type")
        else:
            for fu in r["funding"]:
                if set(fu) != {"source","eur","share_percent"}: err(f"{where}: funding keys")
                has(text, fu.get("source"), "funder", where)
                if fu.get("eur") is not None and fu["eur"] not in dtext: err(f"{where}: funding eur {fu['eur']}")
                if fu.get("share_percent") is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", text):
                    err(f"{where}: share {fu['share_percent']} %")
        if not isinstance(r["contacts"], list): err(f"{where}: contacts type")
        else:
            for ct in r["contacts"]:
                if not isinstance(ct.get("name"), str): err(f"{where}: contact name")
                has(text, ct.get("name"), "contact name", where)
                has(text, ct.get("email"), "email", where)
                has(text, ct.get("phone"), "phone", where)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for rr in c["records"]:
        try:
            gk = [x["key"] for x in json.load(open(os.path.join(GOLD, rr["file"] + ".json"), encoding="utf-8"))["records"]]
            if rr["key"] not in gk: err(f"clusters: key {rr['key']} not in {rr['file']}")
        except Exception as e: err(f"clusters: {e}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
