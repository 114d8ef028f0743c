#!/usr/bin/env python3
"""Validate holdout290 gold files: shape, required keys, types, and that each value's text
occurs in its document (decoded, HTML tags stripped and entities decoded, folded). Standard library only."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name:
            err(f"{name}: expected Windows-1252 bytes, file is valid UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def spaced(n):
    s, out = str(n), ""
    while len(s) > 3:
        out, s = " " + s[-3:] + out, s[:-3]
    return s + out

def need(doc, name, where, value):
    if fold(value) not in doc:
        err(f"{name} {where}: {value!r} not found in the document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def is_str_or_none(v):
    return v is None or isinstance(v, str)

def check_quantity(doc, name, where, q):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{name} {where}: not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{name} {where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{name} {where}: min/max not ints in order")
    if q.get("per") not in ("total", "year"):
        err(f"{name} {where}: per must be total or year")
    if not isinstance(q.get("approximate"), bool):
        err(f"{name} {where}: approximate not a bool")
    if "unit" in q:
        need(doc, name, where + ".unit", q["unit"])
    if not q.get("approximate") or q["min"] == q["max"]:
        if not re.search(r"(?<![0-9])" + str(q["min"]) + r"(?![0-9])", doc):
            err(f"{name} {where}: count {q['min']} not found")
    for b in q.get("breakdown", []):
        need(doc, name, where + ".breakdown.label", b["label"])
        for k in ("min", "max"):
            if not re.search(r"(?<![0-9])" + str(b[k]) + r"(?![0-9])", doc):
                err(f"{name} {where}: breakdown {b[k]} not found")

def check_project(doc, name, r):
    where = f"[{r.get('key')}]"
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{name} {where}: missing keys {sorted(missing)}")
        return
    for k in ("key", "title"):
        if not isinstance(r[k], str) or not r[k]:
            err(f"{name} {where}: {k} must be a non-empty string")
    for k in ("section", "section_as_written"):
        if not is_str_or_none(r[k]):
            err(f"{name} {where}: {k} must be a string or null")
    if r["section"]:
        need(doc, name, where + ".section", r["section"])
    need(doc, name, where + ".title", r["title"])
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{name} {where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                need(doc, name, f"{where}.{k}", x)
    t = r["territory"]
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{name} {where}: bad territory")
        else:
            need(doc, name, where + ".territory", t["value"])
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{name} {where}: bad department code {d!r}")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{name} {where}: year not an int")
        else:
            need(doc, name, where + ".year", str(r["year"]))
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{name} {where}: bad mode {r['mode']!r}")
    check_quantity(doc, name, where + ".households", r["households"])
    check_quantity(doc, name, where + ".housing_units", r["housing_units"])
    d = r["duration"]
    if d is not None:
        if not (isinstance(d, dict) and set(d) >= {"months", "start", "end", "renewable"}):
            err(f"{name} {where}: bad duration")
        else:
            if not (d["months"] is None or isinstance(d["months"], int)):
                err(f"{name} {where}: months not int")
            if not isinstance(d["renewable"], bool):
                err(f"{name} {where}: renewable not a bool")
            for k in ("start", "end"):
                if d[k] is not None:
                    need(doc, name, f"{where}.duration.{k}", d[k])
    c = r["cost"]
    if c is not None:
        if not (isinstance(c, dict) and set(c) >= {"total_eur", "per_year_eur", "per_household_eur"}):
            err(f"{name} {where}: bad cost")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[k]
                if v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                        err(f"{name} {where}: {k} not a decimal string")
                    else:
                        need(doc, name, f"{where}.cost.{k}", spaced(int(v)))
    if not isinstance(r["funding"], list):
        err(f"{name} {where}: funding not a list")
    else:
        for f in r["funding"]:
            if not (isinstance(f, dict) and isinstance(f.get("source"), str) and is_str_or_none(f.get("eur"))
                    and is_str_or_none(f.get("share_percent"))):
                err(f"{name} {where}: bad funding item {f!r}")
                continue
            need(doc, name, where + ".funding.source", f["source"])
            if f["eur"]:
                need(doc, name, where + ".funding.eur", spaced(int(f["eur"])))
            if f["share_percent"]:
                need(doc, name, where + ".funding.share", f["share_percent"] + " %")
    if not isinstance(r["contacts"], list):
        err(f"{name} {where}: contacts not a list")
    else:
        for k in r["contacts"]:
            if not (isinstance(k, dict) and isinstance(k.get("name"), str)):
                err(f"{name} {where}: bad contact {k!r}")
                continue
            need(doc, name, where + ".contact.name", k["name"])
            for f in ("email", "phone"):
                if k.get(f):
                    need(doc, name, f"{where}.contact.{f}", k[f])

def check_index(doc, name, r):
    where = f"[{r.get('key')}]"
    if set(r) != INDEX_KEYS:
        return err(f"{name} {where}: index row keys {sorted(r)}")
    if r["key"] != "index " + r["section"]:
        err(f"{name} {where}: key must be 'index ' + section")
    row = [fold(r[k]).strip() for k in ("section", "localisation", "organisme", "page")]
    raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
    if row not in [[fold(c).strip() for c in l.split("\t")] for l in raw.splitlines()]:
        err(f"{name} {where}: whole index row not found")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(f"{g}: invalid JSON: {e}")
            continue
        if set(data) != {"file", "records"} or data["file"] != name or not isinstance(data["records"], list):
            err(f"{g}: top level must be {{file, records}} naming {name}")
            continue
        doc = load_doc(name)
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen:
                err(f"{g}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, name, r)
            elif r.get("kind") == "index_row":
                check_index(doc, name, r)
            else:
                err(f"{g}: bad kind {r.get('kind')!r}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"} or not isinstance(cl["clusters"], list):
        err("clusters.json: top level must be {clusters: [...]}")
    for c in cl.get("clusters", []):
        if not (isinstance(c.get("why"), str) and c["why"] and isinstance(c.get("records"), list) and len(c["records"]) >= 2):
            err(f"clusters.json: bad cluster {c!r}")
            continue
        for rec in c["records"]:
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec!r}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
