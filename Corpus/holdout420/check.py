#!/usr/bin/env python3
"""Validate holdout420 gold files: shape, keys, types, and that values occur in their document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)


def spaced(d):
    s = str(d)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out


def need(doc, value, what):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{what}: {value!r} not found in document")


def is_dec(v):
    return v is None or (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v) is not None)


def check_q(q, where, doc, count_text=True):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity must be object or null")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], t):
            err(f"{where}: quantity key {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")
    if count_text and not q.get("approximate") and not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc):
        err(f"{where}: count {q['min']} not found")


def check_project(r, where, doc):
    for k in PROJECT_KEYS:
        if k not in r:
            err(f"{where}: missing key {k}")
    if not isinstance(r.get("key"), str):
        err(f"{where}: key must be a string")
    need(doc, r.get("section"), where + ".section")
    if r.get("title") is not None:
        need(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r.get(k, [])):
            err(f"{where}: {k} must be a list of strings")
        for x in r.get(k, []):
            need(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        else:
            need(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad departement code {d}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}: year must be int")
        need(doc, str(y), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    du = r.get("duration")
    if du is not None:
        if not isinstance(du, dict) or not all(k in du for k in ("months", "start", "end", "renewable")):
            err(f"{where}: duration shape")
        else:
            if du["months"] is not None and not isinstance(du["months"], int):
                err(f"{where}: months must be int")
            if not isinstance(du["renewable"], bool):
                err(f"{where}: renewable must be bool")
            for k in ("start", "end"):
                need(doc, du[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c or not is_dec(c[k]):
                err(f"{where}: cost.{k} missing or not a decimal string")
            elif c[k] is not None and spaced(c[k]) not in doc and c[k] not in doc:
                err(f"{where}: cost.{k} {c[k]} not found")
    if not isinstance(r.get("funding"), list):
        err(f"{where}: funding must be a list")
    for f in r.get("funding", []):
        if not all(k in f for k in ("source", "eur", "share_percent")) or not isinstance(f["source"], str):
            err(f"{where}: funding item shape")
            continue
        need(doc, f["source"], where + ".funding.source")
        if not is_dec(f["eur"]) or not is_dec(f["share_percent"]):
            err(f"{where}: funding eur/share must be decimal strings or null")
        if f["eur"] is not None and spaced(f["eur"]) not in doc:
            err(f"{where}: funding eur {f['eur']} not found")
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{where}: share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts must be a list")
    for p in r.get("contacts", []):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            err(f"{where}: contact shape")
            continue
        for k in ("name", "email", "phone", "role", "organisation"):
            if k in p:
                need(doc, p[k], f"{where}.contacts.{k}")


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    for d in docs:
        if d + ".json" not in golds:
            err(f"no gold for {d}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = data.get("file")
        if name + ".json" != g or name not in docs:
            err(f"{g}: file field {name!r} does not match")
            continue
        doc = load(name)
        seen = set()
        for i, r in enumerate(data.get("records", [])):
            where = f"{g}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, doc)
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if not isinstance(r.get(k), str):
                        err(f"{where}: index row key {k} missing or not a string")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key must be 'index ' + section")
                for k in ("section", "localisation", "organisme", "page"):
                    need(doc, r.get(k), f"{where}.{k}")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: clusters must be a non-empty list")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: each cluster needs records (2+) and why")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()):
                err(f"clusters.json: unknown record {m}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
