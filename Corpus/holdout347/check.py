#!/usr/bin/env python3
"""Validate holdout347 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(amount):
    n = int(amount)
    return "{:,}".format(n).replace(",", " ")

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, doc):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], t):
            err(f"{where}: quantity key {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if q.get("min", 0) > q.get("max", 0):
        err(f"{where}: min > max")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if not q.get("approximate"):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])(?! [0-9]{3})", doc):
            err(f"{where}: count {q['min']} not found")
    for b in q.get("breakdown", []):
        need(doc, b["label"], where + ".breakdown")
        need(doc, str(b["min"]), where + ".breakdown")

def check_project(r, doc, where):
    if set(r) != PROJECT_KEYS:
        err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        return
    if r["section"] is not None:
        need(doc, r["section"] + ".", where + ".section")
    words = fold(r["title"]).split()
    # a title split over two lines (cells interleaved) must still appear with its words in order
    if not re.search(r".{0,40}?".join(re.escape(w) for w in words), doc):
        err(f"{where}.title: {r['title']!r} not found in document")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list):
            err(f"{where}.{k} not a list")
        for v in r[k]:
            need(doc, v, f"{where}.{k}")
    t = r["territory"]
    if t is not None:
        need(doc, t["value"], where + ".territory")
        if not (isinstance(t["departments"], list) and all(re.fullmatch(r"\d\d|2[AB]|97\d", d) for d in t["departments"])):
            err(f"{where}: bad departments")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year not int")
        need(doc, str(r["year"]), where + ".year")
    if r["mode"] not in ("access", "maintenance", "access_and_maintenance", None):
        err(f"{where}: bad mode")
    check_q(r["households"], where + ".households", doc)
    check_q(r["housing_units"], where + ".housing_units", doc)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{where}: bad duration shape")
        for k in ("start", "end"):
            need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: bad cost shape")
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f"{where}: cost {k} not a decimal string")
                need(doc, spaced(v), f"{where}.cost.{k}")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: bad funding shape")
        need(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None:
            need(doc, f["share_percent"] + " %", where + ".funding.share")
    for ct in r["contacts"]:
        if set(ct) != {"name", "email", "phone"}:
            err(f"{where}: bad contact shape")
        for k in ("name", "email", "phone"):
            need(doc, ct[k], f"{where}.contact.{k}")

def main():
    names = sorted(os.listdir(DOCS))
    gold_files = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if gold_files != [n + ".json" for n in names]:
        err(f"gold files {gold_files} do not match documents {names}")
    keys = {}
    for name in names:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path):
            continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top level")
            continue
        doc = load_doc(name)
        seen = set()
        for r in g["records"]:
            where = f"{name}[{r.get('key')}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index keys")
                    continue
                for k in ("section", "localisation", "organisme", "page"):
                    need(doc, r[k], f"{where}.{k}")
                if r["key"] != "index " + r["section"]:
                    err(f"{where}: index key")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2:
            err("clusters: bad cluster")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], set()):
                err(f"clusters: {rec} not a gold record")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
