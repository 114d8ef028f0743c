#!/usr/bin/env python3
"""Validate holdout275 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    else:
        text = re.sub(r"<[^>]+>", " ", text)  # stray HTML fragments in the guide
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

PROJECT_KEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
                "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
                "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
                "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
                "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}

def need(doc, value, where):
    if value is None: return
    if fold(str(value)) not in doc: err(f"{where}: {value!r} not found in document")

def check_q(qd, doc, where):
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(qd.get(k), t) or (t is int and isinstance(qd.get(k), bool)):
            err(f"{where}.{k}: bad type or missing")
    if qd.get("per") not in ("total", "year"): err(f"{where}.per: {qd.get('per')!r}")
    if isinstance(qd.get("min"), int) and isinstance(qd.get("max"), int) and qd["min"] > qd["max"]:
        err(f"{where}: min > max")
    if "unit" in qd: need(doc, qd["unit"], where + ".unit")
    if not qd.get("approximate") and qd.get("min") == qd.get("max"):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + re.escape(spaced(qd["min"])) + r"(?![0-9])(?! [0-9]{3})", doc):
            err(f"{where}: count {qd['min']} not found")
    for b in qd.get("breakdown", []):
        need(doc, b["label"], where + ".breakdown")
        need(doc, spaced(b["min"]), where + ".breakdown")

def check_project(r, doc, where):
    for k, t in PROJECT_KEYS.items():
        if k not in r: err(f"{where}: missing {k}"); continue
        if not isinstance(r[k], t): err(f"{where}.{k}: bad type {type(r[k]).__name__}")
    if set(r) - set(PROJECT_KEYS): err(f"{where}: unknown keys {set(r) - set(PROJECT_KEYS)}")
    need(doc, r.get("section"), where + ".section")
    need(doc, r.get("title"), where + ".title")
    for k in ("carriers", "partners"):
        for v in r.get(k, []):
            if not isinstance(v, str): err(f"{where}.{k}: not a string")
            else: need(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t:
        need(doc, t.get("value"), where + ".territory")
        if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d[\dAB]\d?", d) for d in t["departments"])):
            err(f"{where}.territory.departments: bad")
    if r.get("year") is not None: need(doc, r["year"], where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}.mode: {r.get('mode')!r}")
    for k in ("households", "housing_units"):
        if r.get(k): check_q(r[k], doc, f"{where}.{k}")
    d = r.get("duration")
    if d:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{where}.duration: types")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not re.fullmatch(r"\d{4}", d[k]): err(f"{where}.duration.{k}: not a year")
                need(doc, d[k], f"{where}.duration.{k}")
        if d.get("start") and d.get("end") and d.get("months"):
            if abs((int(d["end"]) - int(d["start"])) * 12 - d["months"]) > 12: err(f"{where}.duration: period vs months")
    c = r.get("cost")
    if c:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{where}.cost: missing {k}")
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]): err(f"{where}.cost.{k}: not a decimal string")
                else: need(doc, spaced(c[k]), f"{where}.cost.{k}")
    for i, fu in enumerate(r.get("funding", [])):
        if set(fu) != {"source", "eur", "share_percent"}: err(f"{where}.funding[{i}]: keys")
        need(doc, fu.get("source"), f"{where}.funding[{i}].source")
        if fu.get("eur") is not None: need(doc, spaced(fu["eur"]), f"{where}.funding[{i}].eur")
        if fu.get("share_percent") is not None: need(doc, fu["share_percent"] + " %", f"{where}.funding[{i}].share")
    for i, ct in enumerate(r.get("contacts", [])):
        if not isinstance(ct.get("name"), str): err(f"{where}.contacts[{i}]: name")
        for k in ("name", "email", "phone"):
            need(doc, ct.get(k), f"{where}.contacts[{i}].{k}")
        if ct.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", ct["email"]): err(f"{where}.contacts[{i}].email: shape")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:
            err(f"{g}: {e}"); continue
        if data.get("file") != name: err(f"{g}: file field {data.get('file')!r}")
        doc = load_doc(name) if os.path.exists(os.path.join(DOCS, name)) else ""
        seen = set()
        for n, r in enumerate(data.get("records", [])):
            where = f"{g}#{n}({r.get('key')})"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
                if r.get("section") and r["key"] != r["section"]: err(f"{where}: key != section")
            elif r.get("kind") == "index_row":
                for k, t in INDEX_KEYS.items():
                    if not isinstance(r.get(k), t): err(f"{where}.{k}: bad or missing")
                if r.get("key") != "index " + str(r.get("section")): err(f"{where}: key")
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                if row not in doc: err(f"{where}: index row not found as a whole")
            else:
                err(f"{where}: kind {r.get('kind')!r}")
        if not data.get("records"): err(f"{g}: no records")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters.json: shape")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()): err(f"clusters.json: {rec} not a gold record")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
