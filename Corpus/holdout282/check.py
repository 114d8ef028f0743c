#!/usr/bin/env python3
"""Validate holdout282 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, unicodedata, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errs = []
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()
def spaced(d):
    return f"{int(d):,}".replace(",", " ")
def need(text, v, where):
    if v is not None and fold(v) not in text:
        errs.append(f"{where}: {v!r} not found")
PROJ = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)), "title": str,
        "carriers": list, "partners": list, "territory": (dict, type(None)), "year": (int, type(None)), "mode": (str, type(None)),
        "households": (dict, type(None)), "housing_units": (dict, type(None)), "duration": (dict, type(None)),
        "cost": (dict, type(None)), "funding": list, "contacts": list}
docs = sorted(os.listdir(DOC))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [d + ".json" for d in docs] != golds: errs.append(f"documents {docs} vs gold {golds}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    f = data.get("file")
    if f + ".json" != g: errs.append(f"{g}: file {f!r}")
    raw = open(os.path.join(DOC, f), "rb").read()
    try: txt = raw.decode("utf-8"); enc = "utf-8"
    except UnicodeDecodeError: txt = raw.decode("cp1252"); enc = "cp1252"
    if f.endswith("cp1252.txt") and enc != "cp1252": errs.append(f"{f}: should not be valid UTF-8")
    T = fold(txt)
    ks = set()
    for r in data["records"]:
        w = f"{f}:{r.get('key')}"
        if r["key"] in ks: errs.append(f"{w}: duplicate key")
        ks.add(r["key"])
        if r["kind"] == "index_row":
            for k in ("section", "localisation", "organisme", "page"):
                if not isinstance(r.get(k), str): errs.append(f"{w}: {k}")
            need(T, r["section"] + " " + r["localisation"] + " " + r["organisme"] + " " + r["page"], w)
            continue
        if r["kind"] != "project": errs.append(f"{w}: kind"); continue
        for k, ty in PROJ.items():
            if k not in r or not isinstance(r[k], ty): errs.append(f"{w}: key {k} missing or wrong type")
        need(T, r["title"], w + " title")
        if r["section"]: need(T, r["section"] + ".", w + " section")
        for c in r["carriers"] + r["partners"]: need(T, c, w + " org")
        if r["territory"]:
            need(T, r["territory"]["value"], w + " territory")
            if not all(re.fullmatch(r"\d{2,3}", d) for d in r["territory"]["departments"]): errs.append(f"{w}: departments")
        if r["year"] is not None: need(T, "- " + str(r["year"]), w + " year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errs.append(f"{w}: mode")
        for q in ("households", "housing_units"):
            Qv = r[q]
            if Qv is None: continue
            if set(Qv) - {"min", "max", "per", "approximate", "unit"} or not all(k in Qv for k in ("min", "max", "per", "approximate")):
                errs.append(f"{w}: {q} keys")
            if Qv["per"] not in ("total", "year") or Qv["min"] > Qv["max"]: errs.append(f"{w}: {q} values")
            if not Qv["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % Qv["min"], T): errs.append(f"{w}: {q} {Qv['min']} not found")
            if "unit" in Qv: need(T, Qv["unit"], w + " unit")
        d = r["duration"]
        if d:
            if set(d) != {"months", "start", "end", "renewable"}: errs.append(f"{w}: duration keys")
            for y in (d["start"], d["end"]):
                if y: need(T, y, w + " duration year")
        c = r["cost"]
        if c:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errs.append(f"{w}: cost keys")
            for v in c.values():
                if v is not None:
                    if not re.fullmatch(r"\d+", v): errs.append(f"{w}: cost {v}")
                    need(T, spaced(v), w + " cost")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: errs.append(f"{w}: funding keys")
            need(T, fu["source"], w + " funder")
            if fu["eur"]: need(T, spaced(fu["eur"]), w + " funding eur")
            if fu["share_percent"]: need(T, fu["share_percent"] + " %", w + " share")
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}: errs.append(f"{w}: contact keys")
            for k in ("name", "email", "phone"): need(T, ct[k], w + " contact " + k)
    keys[f] = ks
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why"): errs.append("cluster without why")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): errs.append(f"cluster record {rec} unknown")
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
