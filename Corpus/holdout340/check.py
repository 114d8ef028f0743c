#!/usr/bin/env python3
"""Validate holdout340 gold files: shape, keys, types, and that values occur in their documents."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "oe"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8")
            err(f"{name}: expected Windows-1252, is valid UTF-8")
        except UnicodeDecodeError:
            pass
        s = b.decode("cp1252")
    else:
        s = b.decode("utf-8")
    if name.endswith(".html"):
        s = re.sub(r"<[^>]+>", " ", s)
    return fold(s)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def found(doc, text, where):
    if fold(text) not in doc:
        err(f"{where}: {text!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, where):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{where}: quantity {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if not q.get("approximate"):
        found(doc, str(q["min"]), where + ".min")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    for b in q.get("breakdown", []):
        found(doc, b["label"], where + ".breakdown")
        found(doc, str(b["min"]), where + ".breakdown")

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    for k in ("title", "section", "section_as_written"):
        if r.get(k) is not None:
            if not isinstance(r[k], str):
                err(f"{where}: {k} not a string")
            else:
                found(doc, r[k], f"{where}.{k}")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            err(f"{where}: {k} not a list")
        for v in r.get(k, []):
            found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        else:
            found(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d) or int(d[:2]) % 2:
                    err(f"{where}: department {d} not an even code")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year not int")
        found(doc, str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r.get("households"), doc, where + ".households")
    check_q(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d["months"], int)) or not isinstance(d.get("renewable"), bool):
            err(f"{where}: duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None:
                found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost.{k} missing")
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]):
                    err(f"{where}: cost.{k} not a decimal string")
                else:
                    found(doc, spaced(c[k]), f"{where}.cost.{k}")
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding keys")
        found(doc, f["source"], where + ".funding.source")
        if f.get("eur"):
            found(doc, spaced(f["eur"]), where + ".funding.eur")
        if f.get("share_percent"):
            found(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts not a list")
    for ct in r.get("contacts", []):
        if not isinstance(ct.get("name"), str):
            err(f"{where}: contact name")
            continue
        found(doc, ct["name"], where + ".contact.name")
        for k in ("email", "phone", "role", "organisation"):
            if ct.get(k):
                found(doc, ct[k], f"{where}.contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(p for p in os.listdir(GOLD) if p != "clusters.json")
    if golds != [d + ".json" for d in docs]:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name or not isinstance(data.get("records"), list) or not data["records"]:
            err(f"{g}: file/records shape")
            continue
        doc = read_doc(name)
        seen = set()
        for i, r in enumerate(data["records"]):
            where = f"{g}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
                if name.startswith("brochure") and r.get("key") != r.get("title"):
                    err(f"{where}: brochure key should be the title")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index row keys")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key")
                for k in ("section", "localisation", "organisme", "page"):
                    found(doc, r[k], f"{where}.{k}")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
