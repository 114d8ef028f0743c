#!/usr/bin/env python3
"""Validate holdout219 gold files: shape, required keys, types, and that each value's text is in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-"), ("«", '"'), ("»", '"')):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", "", text)
        text = html.unescape(text)
    text = text.replace("**", "").replace("*", "")
    return fold(text)

def found(doc, value, what):
    if not isinstance(value, str) or not value:
        err(f"{what}: not a non-empty string: {value!r}")
    elif fold(value) not in doc:
        err(f"{what}: {value!r} not found in document")

def spaced(eur):
    s = str(int(eur))
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, q, what):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{what}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{what}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{what}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{what}: min > max")
    if not q.get("approximate"):
        for k in ("min", "max"):
            if not re.search(r"(?<!\d)(?<!\d )" + str(q[k]) + r"(?!\d)(?! \d{3})", doc):
                err(f"{what}.{k}: {q[k]} not found")
    if "unit" in q:
        found(doc, q["unit"], what + ".unit")

def check_record(doc, r, where):
    kind = r.get("kind")
    if kind == "index_row":
        if set(r) != INDEX_KEYS:
            err(f"{where}: index_row keys {sorted(r)}")
        if r.get("key") != "index " + str(r.get("section")):
            err(f"{where}: key/section mismatch")
        line_ok = False
        for k in ("section", "localisation", "organisme", "page"):
            found(doc, r.get(k), f"{where}.{k}")
        return
    if kind != "project":
        return err(f"{where}: kind {kind!r}")
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing {sorted(missing)}")
    if not isinstance(r.get("key"), str):
        err(f"{where}: key not a string")
    if r.get("section") is not None:
        found(doc, r["section"], where + ".section")
    if r.get("title") is not None:
        found(doc, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list):
            err(f"{where}.{f}: not a list")
        else:
            for i, v in enumerate(r[f]):
                found(doc, v, f"{where}.{f}[{i}]")
    t = r.get("territory")
    if t is not None:
        found(doc, t.get("value"), where + ".territory.value")
        deps = t.get("departments")
        if not (isinstance(deps, list) and deps and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in deps)):
            err(f"{where}.territory.departments: {deps!r}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}.year: not int")
        elif not re.search(r"- " + str(y), doc):
            err(f"{where}.year: {y} not found as a bullet")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}.mode: {r.get('mode')!r}")
    check_q(doc, r.get("households"), where + ".households")
    check_q(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}.duration keys {sorted(d)}")
        if not isinstance(d.get("months"), int) or not isinstance(d.get("renewable"), bool):
            err(f"{where}.duration types")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}.cost keys {sorted(c)}")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}.cost.{k}: {v!r}")
                else:
                    found(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(f"{where}.funding: not a list")
    else:
        for i, fu in enumerate(r["funding"]):
            if set(fu) != {"source", "eur", "share_percent"}:
                err(f"{where}.funding[{i}] keys")
            found(doc, fu.get("source"), f"{where}.funding[{i}].source")
            if fu.get("eur") is not None:
                found(doc, spaced(fu["eur"]), f"{where}.funding[{i}].eur")
            if fu.get("share_percent") is not None:
                found(doc, fu["share_percent"] + " %", f"{where}.funding[{i}].share_percent")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}.contacts: not a list")
    else:
        for i, k in enumerate(r["contacts"]):
            if set(k) != {"name", "email", "phone"}:
                err(f"{where}.contacts[{i}] keys")
            found(doc, k.get("name"), f"{where}.contacts[{i}].name")
            for f in ("email", "phone"):
                if k.get(f) is not None:
                    found(doc, k[f], f"{where}.contacts[{i}].{f}")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs:
    err(f"gold files {golds} do not match documents {docs}")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if set(data) != {"file", "records"} or data.get("file") != name or not isinstance(data.get("records"), list):
        err(f"{g}: top-level shape")
        continue
    doc = load(name)
    keys = [r.get("key") for r in data["records"]]
    if len(keys) != len(set(keys)):
        err(f"{g}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in data["records"]:
        check_record(doc, r, f"{g}[{r.get('key')}]")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
    err("clusters.json: no clusters")
else:
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
