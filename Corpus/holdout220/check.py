#!/usr/bin/env python3
"""Validate holdout220 gold files against their documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(html.unescape(t))

def spaced(dec):
    n = int(dec)
    return f"{n:,}".replace(",", " ")

def need(cond, msg):
    if not cond:
        errors.append(msg)

def found(text, value, where):
    need(isinstance(value, str) and fold(value) in text, f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(q, text, where):
    if q is None:
        return
    need(isinstance(q, dict), f"{where}: not an object")
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        need(isinstance(q.get(k), ty), f"{where}.{k}: wrong type")
    need(q.get("per") in ("total", "year"), f"{where}.per: bad value")
    need(q["min"] <= q["max"], f"{where}: min > max")
    if not q["approximate"]:
        need(q["min"] == q["max"], f"{where}: exact range expected")
        need(re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text) is not None, f"{where}: {q['min']} not in document")
    if "unit" in q:
        found(text, q["unit"], where + ".unit")

names = sorted(os.listdir(DOCS))
gold_names = sorted(n for n in os.listdir(GOLD) if n != "clusters.json")
need(gold_names == sorted(n + ".json" for n in names), "gold files do not match documents one to one")
keys_by_file = {}
for g in gold_names:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fname = data.get("file")
    need(fname + ".json" == g, f"{g}: file field {fname!r}")
    text = load(fname)
    recs = data.get("records")
    need(isinstance(recs, list) and recs, f"{g}: records")
    keys = [r.get("key") for r in recs]
    need(len(keys) == len(set(keys)), f"{g}: duplicate keys")
    keys_by_file[fname] = set(keys)
    for r in recs:
        w = f"{g}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            need(r["key"] == "index " + r["section"], f"{w}: key/section")
            for k in ("section", "localisation", "organisme", "page"):
                found(text, r[k], f"{w}.{k}")
            continue
        need(r.get("kind") == "project", f"{w}: kind")
        need(set(r) == PROJECT_KEYS, f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            need(r["key"] == r["section"], f"{w}: key/section")
            found(text, r["section"] + ".", w + ".section")
        found(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f"{w}.{k}: list")
            for v in r[k]:
                found(text, v, f"{w}.{k}")
        t = r["territory"]
        need(isinstance(t, dict) and isinstance(t.get("departments"), list), f"{w}.territory")
        for part in re.split(r" et |, ", t["value"]):
            found(text, part, w + ".territory")
        for d in t["departments"]:
            need(re.fullmatch(r"\d{2,3}", d) and int(d) % 2 == 0, f"{w}.territory: département {d}")
            need(f"({d})" in text or f"{d}" in text, f"{w}.territory: {d} not in document")
        if r["year"] is not None:
            need(isinstance(r["year"], int) and f"- {r['year']}" in text, f"{w}.year")
        need(r["mode"] in MODES, f"{w}.mode")
        check_q(r["households"], text, w + ".households")
        check_q(r["housing_units"], text, w + ".housing_units")
        du = r["duration"]
        need(isinstance(du, dict) and isinstance(du.get("months"), int) and isinstance(du.get("renewable"), bool), f"{w}.duration")
        for k in ("start", "end"):
            if du.get(k) is not None:
                found(text, du[k], f"{w}.duration.{k}")
        c = r["cost"]
        need(isinstance(c, dict) and set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}.cost keys")
        for k, v in c.items():
            if v is not None:
                need(isinstance(v, str) and v.isdigit(), f"{w}.cost.{k}: decimal string")
                found(text, spaced(v), f"{w}.cost.{k}")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}.funding keys")
            found(text, f["source"], w + ".funding.source")
            if f["eur"] is not None:
                found(text, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"] is not None:
                need(re.search(re.escape(f["share_percent"]) + r" ?%", text) is not None, f"{w}.funding.share {f['share_percent']}")
        need(isinstance(r["contacts"], list), f"{w}.contacts")
        for k in r["contacts"]:
            need({"name", "email", "phone"} <= set(k), f"{w}.contact keys")
            found(text, k["name"], w + ".contact.name")
            for kk in ("email", "phone"):
                if k[kk] is not None:
                    found(text, k[kk], f"{w}.contact.{kk}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters.json: clusters")
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and c["why"], "clusters.json: why")
    need(isinstance(c.get("records"), list) and len(c["records"]) >= 2, "clusters.json: records")
    for r in c["records"]:
        need(r.get("key") in keys_by_file.get(r.get("file"), set()), f"clusters.json: unknown record {r}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
