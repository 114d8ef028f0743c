#!/usr/bin/env python3
"""Validate holdout215 gold files against the gold format and the documents' text (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s)

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("-cp1252.txt"):
        try:
            raw.decode("utf-8")
            err(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def need(doc, value, where):
    if fold(str(value)) not in doc:
        err(f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, where):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(f"{where}: bad quantity {q!r}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: min/max")
    if q["per"] not in ("total", "year"):
        err(f"{where}: per")
    if not isinstance(q["approximate"], bool):
        err(f"{where}: approximate")
    if not q["approximate"] and q["min"] == q["max"]:
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", doc):
            err(f"{where}: count {q['min']} not found")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")

def check_project(r, doc, where):
    if set(r) != PROJECT_KEYS:
        err(f"{where}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        return
    for k in ("title",):
        if r[k] is not None:
            need(doc, r[k], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r[k], list):
            err(f"{where}.{k}: not a list")
        for v in r[k]:
            need(doc, v, f"{where}.{k}")
    if r["section"] is not None:
        need(doc, r["section"] + ".", where + ".section")
    t = r["territory"]
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{where}.territory shape")
        need(doc, t["value"], where + ".territory")
    if r["year"] is not None:
        if not isinstance(r["year"], int):
            err(f"{where}.year type")
        need(doc, "- " + str(r["year"]), where + ".year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}.mode")
    check_q(r["households"], doc, where + ".households")
    check_q(r["housing_units"], doc, where + ".housing_units")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{where}.duration shape")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(f"{where}.duration months")
        for k in ("start", "end"):
            if d[k] is not None:
                need(doc, d[k], f"{where}.duration.{k}")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}.cost shape")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}.cost.{k} not a decimal string")
                else:
                    need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r["funding"], list):
        err(f"{where}.funding")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}.funding shape")
            continue
        need(doc, f["source"], where + ".funding.source")
        if f["eur"] is not None:
            need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"] is not None:
            need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r["contacts"], list):
        err(f"{where}.contacts")
    for p in r["contacts"]:
        if not {"name", "email", "phone"} <= set(p):
            err(f"{where}.contact shape")
            continue
        for k in ("name", "email", "phone"):
            if p[k] is not None:
                need(doc, p[k], f"{where}.contact.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name or not isinstance(data.get("records"), list) or not data["records"]:
            err(f"{g}: file/records")
            continue
        doc = load_doc(name)
        seen = set()
        for i, r in enumerate(data["records"]):
            where = f"{g}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{where}: index row shape")
                    continue
                need(doc, "\t".join([r["section"] + ".", r["localisation"], r["organisme"], r["page"]]).replace("\t", " "),
                     where + ".row")
            else:
                err(f"{where}: kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if len(c.get("records", [])) < 2 or not c.get("why"):
            err("clusters: a cluster needs two records and a why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters: {rec} not in gold")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
