#!/usr/bin/env python3
"""Validate holdout427 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(amount):
    s = str(int(amount))
    groups = []
    while s:
        groups.insert(0, s[-3:]); s = s[:-3]
    return " ".join(groups)

def found(text, value, where):
    if fold(value) not in text:
        err(f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, text):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{where}: bad quantity shape"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: min/max must be ints with min <= max")
    if q["per"] not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if not isinstance(q["approximate"], bool):
        err(f"{where}: approximate must be bool")
    if not q["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], text):
        err(f"{where}: count {q['min']} not found")
    if "unit" in q:
        found(text, q["unit"], where + ".unit")

def check_project(r, where, text, name):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    if r["section"] is not None:
        found(text, r["section"], where + ".section")
    if not isinstance(r["title"], str):
        err(f"{where}: title must be a string")
    else:
        found(text, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        else:
            for x in r[k]:
                found(text, x, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: bad territory")
        else:
            found(text, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}", d):
                    err(f"{where}: bad département code {d!r}")
                elif not re.search(r"(\(%s\)|\b%s\d{3}\b)" % (d, d), text):
                    err(f"{where}: département {d} not found as (nn) or postcode")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year must be int")
        else:
            found(text, "- %d" % r["year"], where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r["households"], where + ".households", text)
    check_q(r["housing_units"], where + ".housing_units", text)
    d = r["duration"]
    if d is not None:
        if not {"months", "start", "end", "renewable"} <= set(d) or not isinstance(d["renewable"], bool):
            err(f"{where}: bad duration")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(text, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: bad cost keys")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+", v)):
                    err(f"{where}: cost {k} must be a decimal string")
                else:
                    found(text, spaced(v) + " €", f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}: funding must be a list")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: bad funding keys"); continue
        found(text, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            found(text, spaced(f["eur"]) + " €", where + ".funding.eur")
        if f["share_percent"] is not None:
            found(text, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(f"{where}: contacts must be a list")
    for p in r["contacts"]:
        if not {"name", "email", "phone"} <= set(p):
            err(f"{where}: bad contact keys"); continue
        for k in ("name", "email", "phone"):
            if p[k] is not None:
                found(text, p[k], f"{where}.contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if data.get("file") != name or not isinstance(data.get("records"), list) or not data["records"]:
            err(f"{g}: bad top level"); continue
        text = load_text(name)
        seen = set()
        for i, r in enumerate(data["records"]):
            where = f"{g}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, text, name)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: bad index_row keys")
                elif r["key"] != "index " + r["section"]:
                    err(f"{where}: index key must be 'index ' + section")
                else:
                    for k in ("section", "localisation", "organisme", "page"):
                        found(text, r[k], f"{where}.{k}")
                    row = "\t".join(r[k] for k in ("section", "localisation", "organisme", "page"))
                    raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
                    if row not in raw:
                        err(f"{where}: whole index row not found")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster needs records and why")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()):
                err(f"clusters.json: unknown record {m}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
