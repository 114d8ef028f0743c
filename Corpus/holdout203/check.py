#!/usr/bin/env python3
"""Check the gold of holdout203: format of ../gold/README.md, and every expected value found in its document.
Standard library only. Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
problems = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith((".html", ".htm")) or "<div" in text or "<li>" in text or "<i>" in text:
        text = text + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = unicodedata.normalize("NFC", text)
    # a value split over two table lines: also try with tab/newline runs joined
    return fold(text) + "\n" + fold(re.sub(r"\s*\n\t*", " ", text))

def found(doc, value):
    return fold(value) in doc

def amount_found(doc, eur):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    return spaced in doc or str(n) in doc

QUANT_KEYS = {"min", "max", "per", "approximate", "unit", "breakdown"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def err(f, key, msg):
    problems.append(f"{f} [{key}]: {msg}")

def check_quantity(f, k, name, q, doc):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q) or set(q) - QUANT_KEYS:
        return err(f, k, f"{name}: bad quantity keys {q}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f, k, f"{name}: min/max")
    if q["per"] not in ("total", "year"):
        err(f, k, f"{name}: per")
    if not isinstance(q["approximate"], bool):
        err(f, k, f"{name}: approximate")
    if "unit" in q and not found(doc, q["unit"]):
        err(f, k, f"{name}: unit {q['unit']!r} not in document")
    if not q["approximate"] or q["min"] == q["max"]:
        if not re.search(r"(?<![0-9])(?<![0-9] )%d(?![0-9])(?! [0-9]{3})" % q["min"], doc):
            err(f, k, f"{name}: {q['min']} not in document")

for fname in sorted(os.listdir(GOLD)):
    if fname == "clusters.json":
        continue
    path = os.path.join(GOLD, fname)
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{fname}: not JSON ({e})"); continue
    docname = g.get("file")
    if docname + ".json" != fname or not os.path.exists(os.path.join(DOCS, docname)):
        problems.append(f"{fname}: 'file' does not name its document"); continue
    doc = read_doc(docname)
    keys = set()
    for r in g.get("records", []):
        k = r.get("key")
        if k in keys:
            err(fname, k, "duplicate key")
        keys.add(k)
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS:
                err(fname, k, f"index_row keys {sorted(r)}")
            if k != "index " + str(r.get("section")):
                err(fname, k, "index key must be 'index ' + section")
            for fld in ("section", "localisation", "organisme", "page"):
                if not found(doc, r[fld]):
                    err(fname, k, f"{fld} {r[fld]!r} not in document")
            continue
        if r.get("kind") != "project":
            err(fname, k, "kind"); continue
        if set(r) - PROJECT_KEYS:
            err(fname, k, f"unknown keys {set(r) - PROJECT_KEYS}")
        if r.get("section") is not None and (k != r["section"] or not found(doc, r["section"] + ".")):
            err(fname, k, "section/key")
        if r.get("section") is None and k != "document" and k != r.get("title"):
            err(fname, k, "key must be the section, the title or 'document'")
        for fld in ("title",):
            if r.get(fld) is not None and not found(doc, r[fld]):
                err(fname, k, f"{fld} {r[fld]!r} not in document")
        for fld in ("carriers", "partners"):
            if not isinstance(r.get(fld, []), list):
                err(fname, k, f"{fld} not a list")
            for v in r.get(fld, []):
                if not found(doc, v):
                    err(fname, k, f"{fld} {v!r} not in document")
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d\d\d?|2[AB]", d) for d in t["departments"]):
                err(fname, k, "territory format")
            elif not found(doc, t["value"]):
                err(fname, k, f"territory {t['value']!r} not in document")
        if r.get("year") is not None and not re.search(r"\b%d\b" % r["year"], doc):
            err(fname, k, "year not in document")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
            err(fname, k, "mode")
        check_quantity(fname, k, "households", r.get("households"), doc)
        check_quantity(fname, k, "housing_units", r.get("housing_units"), doc)
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
                err(fname, k, "duration format")
            for y in (d.get("start"), d.get("end")):
                if y is not None and not re.search(r"\b%s\b" % re.escape(y), doc):
                    err(fname, k, f"duration year {y} not in document")
            if d.get("start") and d.get("end") and d.get("months"):
                if not (int(d["end"]) - int(d["start"])) * 12 - 12 <= d["months"] <= (int(d["end"]) - int(d["start"])) * 12 + 12:
                    err(fname, k, "duration months disagree with years")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
                err(fname, k, "cost format")
            for fld, v in c.items():
                if v is not None and (not re.fullmatch(r"\d+(\.\d+)?", v) or not amount_found(doc, v)):
                    err(fname, k, f"cost {fld} {v!r} not in document")
        for fu in r.get("funding", []):
            if set(fu) != {"source", "eur", "share_percent"} or not found(doc, fu["source"]):
                err(fname, k, f"funding {fu}")
            if fu.get("eur") is not None and not amount_found(doc, fu["eur"]):
                err(fname, k, f"funding amount {fu['eur']} not in document")
            if fu.get("share_percent") is not None and not re.search(r"\b%s ?%%" % fu["share_percent"], doc):
                err(fname, k, f"share {fu['share_percent']} % not in document")
        for ct in r.get("contacts", []):
            if not {"name"} <= set(ct) <= {"name", "email", "phone", "role", "organisation"}:
                err(fname, k, f"contact keys {ct}")
            for fld in ("name", "email", "phone", "role", "organisation"):
                if ct.get(fld) is not None and not found(doc, ct[fld]):
                    err(fname, k, f"contact {fld} {ct[fld]!r} not in document")
            if ct.get("email", "") and ct["email"].lower().startswith("contact@"):
                err(fname, k, "a generic contact@ mailbox is not a contact")

# clusters
try:
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not c.get("why") or len(c["records"]) < 2:
            problems.append("clusters.json: a cluster needs a 'why' and two records")
        for rr in c["records"]:
            g = json.load(open(os.path.join(GOLD, rr["file"] + ".json"), encoding="utf-8"))
            if rr["key"] not in {r["key"] for r in g["records"] if r["kind"] == "project"}:
                problems.append(f"clusters.json: {rr} is not a gold project record")
except Exception as e:
    problems.append(f"clusters.json: {e}")

if len([f for f in os.listdir(DOCS)]) != 7 or len([f for f in os.listdir(GOLD) if f != "clusters.json"]) != 7:
    problems.append("expected seven documents and seven gold files")

if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
