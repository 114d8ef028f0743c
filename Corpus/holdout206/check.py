#!/usr/bin/env python3
"""Validate holdout206 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, unicodedata, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    text = text.replace("**", "")
    return fold(text)

def spaced(eur):
    return "{:,}".format(int(eur)).replace(",", " ")

def need(cond, where, msg):
    if not cond:
        errors.append(f"{where}: {msg}")

def found(doc, value, where, what):
    need(fold(value) in doc, where, f"{what} {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, where, unit_expected):
    if q is None:
        return
    need(isinstance(q, dict), where, "quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        need(isinstance(q.get(k), t), where, f"quantity {k} missing or wrong type")
    need(q.get("per") in ("total", "year"), where, "per must be total or year")
    need(q["min"] <= q["max"], where, "min > max")
    if q["min"] == q["max"] and not q["approximate"]:
        need(re.search(r"(?<!\d)" + str(q["min"]) + r"(?![\d,])", doc) is not None, where, f"count {q['min']} not in document")
    if unit_expected and "unit" in q:
        found(doc, q["unit"], where, "unit")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    need(golds == sorted(d + ".json" for d in docs), "gold", f"gold files {golds} do not match documents {docs}")
    keys_by_file = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        need(set(data) == {"file", "records"}, g, "top-level keys")
        name = data["file"]
        need(g == name + ".json", g, "file name mismatch")
        doc = load_doc(name)
        keys = []
        for r in data["records"]:
            w = f"{g} [{r.get('key')}]"
            keys.append(r.get("key"))
            if r.get("kind") == "index_row":
                need(set(r) == INDEX_KEYS, w, "index_row keys")
                need(r["key"] == "index " + r["section"], w, "index key")
                for k in ("section", "localisation", "organisme", "page"):
                    need(isinstance(r[k], str), w, f"{k} not a string")
                    found(doc, r[k], w, k)
                continue
            need(r.get("kind") == "project", w, "kind")
            need(set(r) == PROJECT_KEYS, w, f"project keys differ: {set(r) ^ PROJECT_KEYS}")
            if r["section"] is not None:
                need(r["key"] == r["section"], w, "key must equal section")
                found(doc, r["section"] + ".", w, "section")
            if r["title"] is not None:
                found(doc, r["title"], w, "title")
            for k in ("carriers", "partners"):
                need(isinstance(r[k], list) and all(isinstance(x, str) for x in r[k]), w, f"{k} type")
                for x in r[k]:
                    found(doc, x, w, k[:-1])
            t = r["territory"]
            if t is not None:
                need(set(t) == {"value", "departments"}, w, "territory keys")
                found(doc, t["value"], w, "territory")
                need(all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), w, "departments")
            if r["year"] is not None:
                need(isinstance(r["year"], int), w, "year type")
                found(doc, "- " + str(r["year"]), w, "year bullet")
            need(r["mode"] in ("access", "maintenance", "access_and_maintenance", None), w, "mode")
            check_q(r["households"], doc, w + " households", True)
            check_q(r["housing_units"], doc, w + " housing_units", False)
            d = r["duration"]
            if d is not None:
                need(set(d) == {"months", "start", "end", "renewable"}, w, "duration keys")
                need(d["months"] is None or isinstance(d["months"], int), w, "months type")
                need(isinstance(d["renewable"], bool), w, "renewable type")
                for k in ("start", "end"):
                    if d[k] is not None:
                        need(isinstance(d[k], str), w, f"{k} type")
                        found(doc, d[k], w, k)
            c = r["cost"]
            if c is not None:
                need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, w, "cost keys")
                for k, v in c.items():
                    if v is not None:
                        need(isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v), w, f"{k} not a decimal string")
                        found(doc, spaced(v), w, k)
            need(isinstance(r["funding"], list), w, "funding type")
            for f in r["funding"]:
                need(set(f) == {"source", "eur", "share_percent"}, w, "funding keys")
                found(doc, f["source"], w, "funder")
                if f["eur"] is not None:
                    found(doc, spaced(f["eur"]), w, "funding amount")
                if f["share_percent"] is not None:
                    found(doc, f["share_percent"] + " %", w, "share")
            need(isinstance(r["contacts"], list), w, "contacts type")
            for p in r["contacts"]:
                need(set(p) == {"name", "email", "phone"}, w, "contact keys")
                found(doc, p["name"], w, "contact name")
                for k in ("email", "phone"):
                    if p[k] is not None:
                        found(doc, p[k], w, "contact " + k)
        need(len(keys) == len(set(keys)), g, "duplicate keys")
        keys_by_file[name] = set(keys)
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    need(set(cl) == {"clusters"} and isinstance(cl["clusters"], list) and cl["clusters"], "clusters.json", "shape")
    for c in cl["clusters"]:
        need(set(c) == {"records", "why"} and isinstance(c["why"], str) and len(c["records"]) >= 2, "clusters.json", "cluster shape")
        for ref in c["records"]:
            need(ref.get("key") in keys_by_file.get(ref.get("file"), set()), "clusters.json", f"unknown record {ref}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
