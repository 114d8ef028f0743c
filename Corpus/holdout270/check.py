#!/usr/bin/env python3
"""Validate holdout270 gold files against their documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s).strip()

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def has(doc, value, what):
    if not fold(value) in doc:
        err(f"{what}: {value!r} not found in document")

def has_number(doc, n, what):
    pat = r"(?<![\d])" + re.escape(spaced(n)) + r"(?![\d])"
    if not re.search(pat, doc) and not re.search(r"(?<![\d])" + str(n) + r"(?![\d])", doc):
        err(f"{what}: number {n} not found")

def is_str_or_none(v):
    return v is None or isinstance(v, str)

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_quantity(doc, q, what):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{what}: not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{what}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{what}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{what}: bad per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{what}: approximate not bool")
    if "unit" in q:
        has(doc, q["unit"], what + ".unit")
    if not q.get("approximate"):
        has_number(doc, q["min"], what + ".min")
        has_number(doc, q["max"], what + ".max")

def check_project(doc, r, where):
    for k in PROJECT_KEYS:
        if k not in r:
            err(f"{where}: missing key {k}")
    if r.get("section") is not None:
        has(doc, r["section"], where + ".section")
    if r.get("title") is not None:
        if not isinstance(r["title"], str):
            err(f"{where}: title not a string")
        else:
            has(doc, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list):
            err(f"{where}: {f} not a list")
            continue
        for v in r[f]:
            has(doc, v, f"{where}.{f}")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)
                and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"])):
            err(f"{where}: bad territory shape")
        else:
            has(doc, t["value"], where + ".territory")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year not int")
        else:
            has_number(doc, r["year"], where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_quantity(doc, r.get("households"), where + ".households")
    check_quantity(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}: bad duration keys")
        if not (d.get("months") is None or isinstance(d["months"], int)) or not isinstance(d.get("renewable"), bool):
            err(f"{where}: bad duration types")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not (isinstance(d[k], str) and re.fullmatch(r"\d{4}", d[k])):
                    err(f"{where}: bad duration.{k}")
                else:
                    has(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost missing {k}")
            v = c.get(k)
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}: cost.{k} not a decimal string")
                else:
                    has_number(doc, int(v.split(".")[0]), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(f"{where}: funding not a list")
    else:
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}:
                err(f"{where}: bad funding keys")
                continue
            has(doc, fu["source"], where + ".funding.source")
            if not (is_str_or_none(fu["eur"]) and is_str_or_none(fu["share_percent"])):
                err(f"{where}: funding values must be strings or null")
            if fu["eur"] is not None:
                has_number(doc, int(fu["eur"]), where + ".funding.eur")
            if fu["share_percent"] is not None and not re.search(
                    r"(?<![\d])" + re.escape(fu["share_percent"]) + r" ?%", doc):
                err(f"{where}: share {fu['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts not a list")
    else:
        for ct in r["contacts"]:
            if not isinstance(ct.get("name"), str):
                err(f"{where}: contact without name")
                continue
            has(doc, ct["name"], where + ".contact.name")
            for k in ("email", "phone"):
                if ct.get(k) is not None:
                    has(doc, ct[k], f"{where}.contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [d + ".json" for d in docs] != golds:
        err(f"documents and gold files do not match: {docs} / {golds}")
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if data.get("file") != name:
            err(f"{g}: file field {data.get('file')!r}")
        if not os.path.exists(os.path.join(DOCS, name)):
            continue
        doc = fold(read_doc(name))
        recs = data.get("records")
        if not isinstance(recs, list) or not recs:
            err(f"{g}: no records")
            continue
        seen = set()
        for i, r in enumerate(recs):
            where = f"{g}[{i}] {r.get('key')}"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, where)
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if k not in r:
                        err(f"{where}: missing {k}")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key must be 'index ' + section")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                has(doc, row, where + ".row")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: bad cluster")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
