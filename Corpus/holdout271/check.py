#!/usr/bin/env python3
"""Validate holdout271 gold files: shape, keys, types, and that values occur in their document.
Standard library only. Prints OK when every check passes."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    else:
        t = re.sub(r"<div[^>]*>|</div>", " ", t)
    return fold(t)

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def is_str_or_none(v): return v is None or isinstance(v, str)

def found(doc, text, where):
    if text is None: return
    if fold(text) not in doc:
        err(f"{where}: {text!r} not found in document")

def check_q(q, where, doc, housing):
    if q is None: return
    if not isinstance(q, dict): err(f"{where}: not an object"); return
    need = {"min", "max", "per", "approximate"} | (set() if housing else {"unit"})
    if set(q) != need: err(f"{where}: keys {sorted(q)} != {sorted(need)}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: min/max")
    if q.get("per") not in ("total", "year"): err(f"{where}: per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate")
    if not housing:
        if not is_str_or_none(q.get("unit")): err(f"{where}: unit type")
        found(doc, q.get("unit"), where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])(?<!\d )" + str(q["min"]) + r"(?![0-9]| \d{3}(?!\d))", doc):
            err(f"{where}: count {q['min']} not found")

def check_project(r, doc, where):
    if set(r) != PROJECT_KEYS: err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
    for k in ("key", "title"):
        if not isinstance(r.get(k), str): err(f"{where}: {k} must be a string")
    for k in ("section", "section_as_written"):
        if not is_str_or_none(r.get(k)): err(f"{where}: {k} type")
    found(doc, r.get("title"), where + ".title")
    if r.get("section"): found(doc, r["section"] + ".", where + ".section")
    for k in ("carriers", "partners"):
        v = r.get(k)
        if not (isinstance(v, list) and all(isinstance(x, str) for x in v)): err(f"{where}: {k} type"); continue
        for x in v: found(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t, dict) and set(t) == {"value", "departments"} and isinstance(t["value"], str)
                and isinstance(t["departments"], list) and all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
            err(f"{where}: territory shape")
        else:
            found(doc, t["value"], where + ".territory")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{where}: year type")
        else: found(doc, str(y), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}: mode")
    check_q(r.get("households"), where + ".households", doc, False)
    check_q(r.get("housing_units"), where + ".housing_units", doc, True)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}: duration keys")
        if not (d.get("months") is None or isinstance(d["months"], int)): err(f"{where}: months type")
        if not isinstance(d.get("renewable"), bool): err(f"{where}: renewable type")
        for k in ("start", "end"):
            if not is_str_or_none(d.get(k)): err(f"{where}: duration {k} type")
            elif d.get(k): found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}: cost keys")
        for k, v in c.items():
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{where}: cost {k} format"); continue
            found(doc, spaced(v), f"{where}.cost.{k}")
    f = r.get("funding")
    if not isinstance(f, list): err(f"{where}: funding type")
    else:
        for i, x in enumerate(f):
            w = f"{where}.funding[{i}]"
            if set(x) != {"source", "eur", "share_percent"} or not isinstance(x.get("source"), str):
                err(f"{w}: shape"); continue
            found(doc, x["source"], w + ".source")
            if x["eur"] is not None: found(doc, spaced(x["eur"]), w + ".eur")
            if x["share_percent"] is not None: found(doc, x["share_percent"] + " %", w + ".share")
    cs = r.get("contacts")
    if not isinstance(cs, list): err(f"{where}: contacts type")
    else:
        for i, x in enumerate(cs):
            w = f"{where}.contacts[{i}]"
            if not (isinstance(x, dict) and {"name", "email", "phone"} <= set(x) and isinstance(x.get("name"), str)):
                err(f"{w}: shape"); continue
            for k in ("name", "email", "phone", "role", "organisation"):
                if k in x:
                    if not is_str_or_none(x[k]): err(f"{w}.{k} type")
                    else: found(doc, x[k], f"{w}.{k}")
            if x.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", x["email"]): err(f"{w}: email format")

def check_index(r, doc, where):
    if set(r) != INDEX_KEYS: err(f"{where}: keys {sorted(set(r) ^ INDEX_KEYS)}")
    if r.get("key") != "index " + str(r.get("section")): err(f"{where}: key must be 'index ' + section")
    row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
    raw = open(os.path.join(DOCS, where.split(":")[0]), "rb").read().decode("utf-8")
    if row not in raw: err(f"{where}: index row not found verbatim")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(f"{g}: invalid JSON ({e})"); continue
        name = g[:-5]
        if set(data) != {"file", "records"} or data.get("file") != name: err(f"{g}: top-level shape"); continue
        doc = load_doc(name)
        ks = [r.get("key") for r in data["records"]]
        if len(set(ks)) != len(ks): err(f"{g}: duplicate keys")
        keys[name] = set(ks)
        for r in data["records"]:
            where = f"{name}:{r.get('key')}"
            if r.get("kind") == "project": check_project(r, doc, where)
            elif r.get("kind") == "index_row": check_index(r, doc, where)
            else: err(f"{where}: kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"} or not isinstance(cl["clusters"], list) or not cl["clusters"]:
        err("clusters.json: shape")
    else:
        for i, c in enumerate(cl["clusters"]):
            if set(c) != {"records", "why"} or not isinstance(c["why"], str) or len(c["records"]) < 2:
                err(f"clusters[{i}]: shape"); continue
            for m in c["records"]:
                if m.get("key") not in keys.get(m.get("file"), set()): err(f"clusters[{i}]: unknown record {m}")
    if errors:
        for e in errors: print("FAIL", e)
        sys.exit(1)
    print("OK")

main()
