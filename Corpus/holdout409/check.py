#!/usr/bin/env python3
"""Validate holdout409 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    t = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def need(text, value, where):
    if value is None: return
    if fold(value) not in text: err(f"{where}: {value!r} not found in document")

def check_q(q, where, text):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity must be object or null")
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty): err(f"{where}: {k} must be {ty.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q: need(text, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)(?<!\d )" + re.escape(str(q["min"])) + r"(?!\d)(?! \d{3}(?!\d))", text): err(f"{where}: count {q['min']} not found")

def check_project(r, where, text):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f"{where}: missing keys {sorted(missing)}")
    if not isinstance(r.get("key"), str): err(f"{where}: key must be string")
    for k in ("section", "section_as_written"):
        if r.get(k) is not None:
            if not isinstance(r[k], str): err(f"{where}: {k} must be string or null")
            else: need(text, r[k], where + "." + k)
    if r.get("title") is not None:
        if not isinstance(r["title"], str): err(f"{where}: title must be string")
        else: need(text, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r.get(k, [])):
            err(f"{where}: {k} must be list of strings")
        else:
            for x in r[k]: need(text, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: bad territory")
        else:
            need(text, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{where}: bad department {d!r}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{where}: year must be int")
        else: need(text, str(y), where + ".year")
    if r.get("mode") is not None and r["mode"] not in MODES: err(f"{where}: bad mode")
    check_q(r.get("households"), where + ".households", text)
    check_q(r.get("housing_units"), where + ".housing_units", text)
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or not isinstance(d.get("renewable"), bool): err(f"{where}: bad duration")
        else:
            if d.get("months") is not None and not isinstance(d["months"], int): err(f"{where}: months must be int")
            for k in ("start", "end"):
                if d.get(k) is not None:
                    if not isinstance(d[k], str): err(f"{where}: duration.{k} must be string")
                    else: need(text, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict): err(f"{where}: bad cost")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if k not in c: err(f"{where}: cost.{k} missing")
                v = c.get(k)
                if v is not None:
                    if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{where}: cost.{k} must be decimal string")
                    else: need(text, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{where}: funding must be list")
    else:
        for f in r["funding"]:
            if not isinstance(f, dict) or not isinstance(f.get("source"), str): err(f"{where}: bad funding"); continue
            need(text, f["source"], where + ".funding.source")
            if f.get("eur") is not None: need(text, spaced(f["eur"]), where + ".funding.eur")
            if f.get("share_percent") is not None: need(text, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list): err(f"{where}: contacts must be list")
    else:
        for k in r["contacts"]:
            if not isinstance(k, dict) or not isinstance(k.get("name"), str): err(f"{where}: bad contact"); continue
            for f in ("name", "email", "phone", "role", "organisation"):
                if k.get(f) is not None: need(text, k[f], f"{where}.contact.{f}")

def check_index(r, where, text):
    missing = INDEX_KEYS - set(r)
    if missing: err(f"{where}: missing keys {sorted(missing)}")
    if r.get("key") != "index " + str(r.get("section")): err(f"{where}: key must be 'index ' + section")
    row = "\t".join(str(r.get(k)) for k in ("section", "localisation", "organisme", "page"))
    if fold(row).replace("\t", " ") not in text: err(f"{where}: index row not found whole")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if sorted(g[:-5] for g in golds) != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name: err(f"{g}: file field {data.get('file')!r}")
        if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: records must be a non-empty list"); continue
        text = doc_text(name)
        seen = set()
        for i, r in enumerate(data["records"]):
            where = f"{g}[{i}]"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, where, text)
            elif r.get("kind") == "index_row": check_index(r, where, text)
            else: err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]: err("clusters.json: missing why")
        recs = c.get("records", [])
        if len(recs) < 2: err("clusters.json: a cluster needs two records")
        for r in recs:
            if r.get("key") not in keys.get(r.get("file"), set()): err(f"clusters.json: unknown record {r}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
