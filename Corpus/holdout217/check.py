#!/usr/bin/env python3
"""Validate holdout217 gold files: shape, keys, types, and that each value's text occurs in its document.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = re.sub(r"\s+", " ", s.lower())
    return s

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
        if "cp1252" in name:
            errors.append(f"{name}: decodes as UTF-8 but should be Windows-1252")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    t = fold(t)
    return t, re.sub(r"\bet a\b", "et", t)

def found(doc, s, where):
    t, t2 = doc
    f = fold(s)
    if f in t or f in t2:
        return
    errors.append(f"{where}: {s!r} not found in document")

def amount_found(doc, eur, where):
    n = int(eur)
    groups = "{:,}".format(n).split(",")
    pat = r"(?<!\d)" + r"[ \u00a0]?".join(groups) + r"(?!\d)"
    if not re.search(pat, doc[0]):
        errors.append(f"{where}: amount {eur} not found")

TOP = {"file", "records"}
PROJ_REQ = {"kind", "key", "section", "title", "carriers", "partners", "territory", "mode",
            "households", "housing_units", "duration", "cost", "contacts"}
IDX_REQ = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(doc, q, where):
    if q is None:
        return
    if not isinstance(q, dict):
        errors.append(f"{where}: quantity not an object"); return
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty) or (ty is int and isinstance(q.get(k), bool)):
            errors.append(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        errors.append(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        errors.append(f"{where}: min > max")
    if q.get("unit") is not None:
        found(doc, q["unit"], where + ".unit")
    if q.get("approximate") is False or q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc[0]):
            errors.append(f"{where}: count {q['min']} not found")

def check_record(doc, r, where):
    kind = r.get("kind")
    if kind == "index_row":
        miss = IDX_REQ - r.keys()
        if miss: errors.append(f"{where}: missing {sorted(miss)}")
        if r.get("key") != "index " + str(r.get("section")):
            errors.append(f"{where}: index key must be 'index ' + section")
        for k in ("section", "localisation", "organisme", "page"):
            if not isinstance(r.get(k), str): errors.append(f"{where}: {k} not a string")
            else: found(doc, r[k], f"{where}.{k}")
        return
    if kind != "project":
        errors.append(f"{where}: bad kind {kind!r}"); return
    miss = PROJ_REQ - r.keys()
    if miss: errors.append(f"{where}: missing {sorted(miss)}")
    if not isinstance(r.get("key"), str): errors.append(f"{where}: key not a string")
    if r.get("section") is not None:
        found(doc, r["section"], where + ".section")
        if r["key"] != r["section"]: errors.append(f"{where}: key should equal section")
    if r.get("title") is not None:
        if not isinstance(r["title"], str): errors.append(f"{where}: title not a string")
        else: found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        v = r.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            errors.append(f"{where}: {k} must be a list of strings"); continue
        for x in v: found(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            errors.append(f"{where}: territory shape")
        else:
            found(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): errors.append(f"{where}: bad département {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): errors.append(f"{where}: year not int")
        else: found(doc, str(r["year"]), where + ".year")
    if r.get("mode") is not None and r["mode"] not in MODES:
        errors.append(f"{where}: bad mode")
    check_q(doc, r.get("households"), where + ".households")
    check_q(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or set(d) != {"months", "start", "end", "renewable"}:
            errors.append(f"{where}: duration shape")
        else:
            if d["months"] is not None and not isinstance(d["months"], int): errors.append(f"{where}: months type")
            if not isinstance(d["renewable"], bool): errors.append(f"{where}: renewable type")
            for k in ("start", "end"):
                if d[k] is not None: found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            errors.append(f"{where}: cost shape")
        else:
            for k, v in c.items():
                if v is None: continue
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                    errors.append(f"{where}: cost {k} must be a decimal string")
                else: amount_found(doc, v, f"{where}.cost.{k}")
    for i, f in enumerate(r.get("funding", []) or []):
        w = f"{where}.funding[{i}]"
        if not isinstance(f, dict) or set(f) != {"source", "eur", "share_percent"}:
            errors.append(f"{w}: shape"); continue
        found(doc, f["source"], w)
        if f["eur"] is not None: amount_found(doc, f["eur"], w)
        if f["share_percent"] is not None and not re.search(r"(?<!\d)%s ?%%" % re.escape(f["share_percent"]), doc[0]):
            errors.append(f"{w}: share {f['share_percent']} % not found")
    cs = r.get("contacts")
    if not isinstance(cs, list): errors.append(f"{where}: contacts not a list"); cs = []
    for i, p in enumerate(cs):
        w = f"{where}.contacts[{i}]"
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            errors.append(f"{w}: shape"); continue
        for k in ("name", "email", "phone", "role", "organisation"):
            if p.get(k) is not None: found(doc, p[k], f"{w}.{k}")

docs = sorted(os.listdir(DOCS))
golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
if [g[:-5] for g in golds] != docs:
    errors.append(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    try:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    except Exception as e:
        errors.append(f"{g}: invalid JSON ({e})"); continue
    if set(data) != TOP or data.get("file") != g[:-5] or not isinstance(data.get("records"), list) or not data["records"]:
        errors.append(f"{g}: top-level shape"); continue
    doc = load(data["file"])
    seen = set()
    for i, r in enumerate(data["records"]):
        if r.get("key") in seen: errors.append(f"{g}: duplicate key {r.get('key')}")
        seen.add(r.get("key"))
        check_record(doc, r, f"{g}[{r.get('key')}]")
    keys[data["file"]] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if set(cl) != {"clusters"} or not isinstance(cl["clusters"], list):
    errors.append("clusters.json: shape")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        errors.append("clusters.json: cluster needs records (2+) and why")
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()):
            errors.append(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
