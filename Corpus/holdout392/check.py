#!/usr/bin/env python3
"""Validate holdout392 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name:
            err(name + ": should not be valid UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    s = str(int(n)); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err("%s: %r not found in document" % (where, value))

def check_q(q, where, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(where + ": quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err("%s.%s: bad type" % (where, k))
    if q.get("per") not in ("total", "year"):
        err(where + ": per must be total or year")
    if q.get("min", 0) > q.get("max", 0):
        err(where + ": min > max")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)(?<!\d )%d(?! ?\d)" % q["min"], doc):
            err("%s: count %d not found" % (where, q["min"]))

def check_project(r, doc, where):
    if set(r) != PROJECT_KEYS:
        err(where + ": keys differ: %s" % sorted(set(r) ^ PROJECT_KEYS))
    if not isinstance(r["key"], str) or not r["key"]:
        err(where + ": key")
    for k in ("section", "section_as_written", "title"):
        if r[k] is not None and not isinstance(r[k], str):
            err(where + "." + k + ": type")
    need(doc, r["section"], where + ".section")
    need(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
            err(where + "." + k + ": type")
        for x in r[k]:
            need(doc, x, where + "." + k)
    t = r["territory"]
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(where + ".territory: type")
        need(doc, t["value"], where + ".territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}", d):
                err(where + ".territory: department code " + d)
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(where + ".year: type")
        need(doc, "- %d" % r["year"], where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(where + ".mode")
    check_q(r["households"], where + ".households", doc)
    check_q(r["housing_units"], where + ".housing_units", doc)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(where + ".duration: keys")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(where + ".duration.months: type")
        if not isinstance(d["renewable"], bool):
            err(where + ".duration.renewable: type")
        need(doc, d["start"], where + ".duration.start")
        need(doc, d["end"], where + ".duration.end")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(where + ".cost: keys")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(where + ".cost." + k + ": not a decimal string")
                else:
                    need(doc, spaced(v) + " €", where + ".cost." + k)
    if not isinstance(r["funding"], list):
        err(where + ".funding: type")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(where + ".funding: keys")
        need(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None:
            need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(where + ".contacts: type")
    for k in r["contacts"]:
        if not isinstance(k.get("name"), str):
            err(where + ".contacts.name: type")
        for fld in ("name", "email", "phone"):
            need(doc, k.get(fld), where + ".contacts." + fld)

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7:
        err("expected 7 documents, found %d" % len(docs))
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            err("missing gold for " + name); continue
        g = json.load(open(path, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name or not isinstance(g["records"], list):
            err(name + ": gold shape"); continue
        doc = load(name)
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)):
            err(name + ": duplicate keys")
        for r in g["records"]:
            where = "%s[%s]" % (name, r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(where + ": index keys")
                if r["key"] != "index " + r["section"]:
                    err(where + ": index key")
                need(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), where)
            else:
                err(where + ": kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters: shape")
        for rec in c["records"]:
            p = os.path.join(GOLD, rec["file"] + ".json")
            if not os.path.exists(p) or rec["key"] not in [r["key"] for r in json.load(open(p, encoding="utf-8"))["records"]]:
                err("clusters: unknown record %r" % rec)
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
