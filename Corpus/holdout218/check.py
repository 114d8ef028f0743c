#!/usr/bin/env python3
"""Validate holdout218 gold files against the format of ../gold/README.md and against the documents.
Standard library only. Prints OK when every check passes, else the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
problems = []


def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"),
                 ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            problems.append(f"{name}: expected Windows-1252 but it decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)


def spaced(n):
    """'126389' -> '126 389' (French thousands grouping)."""
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)


def need(cond, msg):
    if not cond:
        problems.append(msg)


def found(doc, value, where):
    need(fold(value) in doc, f"{where}: {value!r} not found in document")


QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "households", "housing_units", "duration", "cost", "funding", "contacts"]
# "mode" and "year" may be left out of a record (absent = not scored, ../gold/README.md).
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

docs = sorted(os.listdir(DOCS))
need(len(docs) == 7, f"expected 7 documents, found {len(docs)}")
for name in docs:
    gpath = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gpath):
        problems.append(f"missing gold for {name}"); continue
    g = json.load(open(gpath, encoding="utf-8"))
    need(g.get("file") == name, f"{gpath}: file is {g.get('file')!r}")
    need(isinstance(g.get("records"), list) and g["records"], f"{name}: records must be a non-empty list")
    doc = load_doc(name)
    keys = set()
    for i, r in enumerate(g.get("records", [])):
        w = f"{name}#{i} ({r.get('key')})"
        need(r.get("key") not in keys, f"{w}: duplicate key"); keys.add(r.get("key"))
        kind = r.get("kind")
        if kind == "index_row":
            for k in INDEX_KEYS:
                need(k in r, f"{w}: missing {k}")
            need(r.get("key") == "index " + str(r.get("section")), f"{w}: key must be 'index ' + section")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            found(doc, row, w + " index row")
            continue
        need(kind == "project", f"{w}: kind must be project or index_row")
        for k in PROJECT_KEYS:
            need(k in r, f"{w}: missing {k}")
        if r.get("section"):
            need(r["key"] == r["section"], f"{w}: numbered monograph key must be its section")
            found(doc, r["section"] + ".", w + " section")
        elif name.startswith("brochure"):
            need(r["key"] == r.get("title"), f"{w}: brochure key must be the title")
        else:
            need(r["key"] == "document", f"{w}: one-project document key must be 'document'")
        if r.get("title") is not None:
            need(isinstance(r["title"], str), f"{w}: title must be a string"); found(doc, r["title"], w + " title")
        for k in ("carriers", "partners"):
            need(isinstance(r.get(k), list), f"{w}: {k} must be a list")
            for v in r.get(k) or []:
                need(isinstance(v, str), f"{w}: {k} items must be strings"); found(doc, v, f"{w} {k}")
        t = r.get("territory")
        if t is not None:
            need(isinstance(t.get("value"), str) and isinstance(t.get("departments"), list), f"{w}: territory shape")
            found(doc, t["value"], w + " territory")
            for d in t["departments"]:
                need(re.fullmatch(r"\d{2,3}|2[AB]", d) is not None, f"{w}: bad department {d!r}")
                need(int(d) % 2 == 0, f"{w}: department {d} is not even")
        if "year" in r and r["year"] is not None:
            need(isinstance(r["year"], int), f"{w}: year must be an int"); found(doc, "- " + str(r["year"]), w + " year")
        if "mode" in r:
            need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f"{w}: bad mode")
        for k in ("households", "housing_units"):
            q = r.get(k)
            if q is None:
                continue
            for qk, typ in QKEYS.items():
                need(isinstance(q.get(qk), typ), f"{w}: {k}.{qk} must be {typ.__name__}")
            need(q.get("per") in ("total", "year"), f"{w}: {k}.per must be total or year")
            need(q["min"] <= q["max"], f"{w}: {k} min > max")
            if not q["approximate"]:
                need(q["min"] == q["max"], f"{w}: exact {k} must have min == max")
                need(re.search(r"(?<!\d)" + str(q["min"]) + r"(?![\d])", doc) is not None, f"{w}: {k} {q['min']} not found")
            if "unit" in q:
                found(doc, q["unit"], f"{w} {k}.unit")
        du = r.get("duration")
        if du is not None:
            need(isinstance(du.get("months"), int) or du.get("months") is None, f"{w}: duration.months type")
            need(isinstance(du.get("renewable"), bool), f"{w}: duration.renewable must be bool")
            for k in ("start", "end"):
                if du.get(k) is not None:
                    need(re.fullmatch(r"\d{4}", du[k]) is not None, f"{w}: duration.{k} must be a year string")
                    found(doc, du[k], f"{w} duration.{k}")
        c = r.get("cost")
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "absent")
                need(v is None or (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)), f"{w}: cost.{k} must be a decimal string or null")
                if isinstance(v, str):
                    found(doc, spaced(v) + " €", f"{w} cost.{k}")
        for fu in r.get("funding") or []:
            need(set(fu) == {"source", "eur", "share_percent"}, f"{w}: funding keys")
            found(doc, fu["source"], f"{w} funding.source")
            if fu.get("eur"):
                found(doc, spaced(fu["eur"]) + " €", f"{w} funding.eur")
            if fu.get("share_percent"):
                found(doc, fu["share_percent"] + " %", f"{w} funding.share")
        for ct in r.get("contacts") or []:
            need(isinstance(ct.get("name"), str), f"{w}: contact name must be a string")
            found(doc, ct["name"], f"{w} contact.name")
            for k in ("email", "phone"):
                if ct.get(k):
                    found(doc, ct[k], f"{w} contact.{k}")

# clusters
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters.json: clusters must be a non-empty list")
for c in cl.get("clusters", []):
    need(isinstance(c.get("why"), str) and c["why"], "clusters.json: each cluster needs a why")
    need(len(c.get("records", [])) >= 2, "clusters.json: a cluster needs at least two records")
    for rr in c.get("records", []):
        p = os.path.join(GOLD, rr["file"] + ".json")
        ok = os.path.exists(p) and any(x["key"] == rr["key"] for x in json.load(open(p, encoding="utf-8"))["records"])
        need(ok, f"clusters.json: record {rr} not in gold")

if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
