#!/usr/bin/env python3
"""Validate holdout417 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")

def spaced(n):
    s = str(int(n)); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {None, "access", "maintenance", "access_and_maintenance"}

def check_q(f, k, q, text):
    if q is None: return
    if not isinstance(q, dict): return err(f"{f} {k}: quantity not an object")
    for key, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(key), t): err(f"{f} {k}: quantity.{key} has wrong type")
    if q.get("per") not in ("total", "year"): err(f"{f} {k}: per {q.get('per')}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{f} {k}: min > max")
    if "unit" in q and fold(q["unit"]) not in text: err(f"{f} {k}: unit {q['unit']!r} not in document")
    if not q.get("approximate"):
        for v in {q.get("min"), q.get("max")}:
            if not re.search(r"(?<!\d)(?<!\d )" + re.escape(spaced(v)) + r"(?!\d)(?! \d{3})", text):
                err(f"{f} {k}: count {v} not in document")

def need(f, k, v, text):
    if v is not None and fold(v) not in text: err(f"{f} {k}: {v!r} not found in document")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if golds != sorted(d + ".json" for d in docs): err(f"gold files {golds} do not match documents {docs}")
    keysets = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = data.get("file")
        if f + ".json" != g: err(f"{g}: file field {f!r}")
        text = fold(read_doc(f))
        recs = data.get("records")
        if not isinstance(recs, list) or not recs: err(f"{g}: no records"); continue
        keys = [r.get("key") for r in recs]
        if len(set(keys)) != len(keys): err(f"{g}: duplicate keys")
        keysets[f] = set(keys)
        for r in recs:
            k = r.get("key")
            if r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{g} {k}: index keys {sorted(set(r) ^ INDEX_KEYS)}")
                if k != "index " + str(r.get("section")): err(f"{g} {k}: key/section mismatch")
                for fld in ("section", "localisation", "organisme", "page"): need(g, f"{k}.{fld}", r.get(fld), text)
                continue
            if r.get("kind") != "project": err(f"{g} {k}: kind {r.get('kind')!r}"); continue
            missing = PROJECT_KEYS - set(r)
            if missing: err(f"{g} {k}: missing {sorted(missing)}")
            if "mode" in r and r["mode"] not in MODES: err(f"{g} {k}: mode {r['mode']!r}")
            if r.get("section"):
                need(g, k + ".section", r["section"] + ".", text)
                if k != r["section"]: err(f"{g} {k}: key is not the section")
            need(g, k + ".title", r.get("title"), text)
            for fld in ("carriers", "partners"):
                if not isinstance(r.get(fld), list): err(f"{g} {k}: {fld} not a list"); continue
                for v in r[fld]: need(g, f"{k}.{fld}", v, text)
            t = r.get("territory")
            if t is not None:
                if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)): err(f"{g} {k}: territory shape")
                else:
                    need(g, k + ".territory", t["value"], text)
                    for d in t["departments"]:
                        if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{g} {k}: department {d!r}")
            y = r.get("year")
            if y is not None:
                if not isinstance(y, int): err(f"{g} {k}: year type")
                else: need(g, k + ".year", str(y), text)
            check_q(g, k + ".households", r.get("households"), text)
            check_q(g, k + ".housing_units", r.get("housing_units"), text)
            d = r.get("duration")
            if d is not None:
                if set(d) != {"months", "start", "end", "renewable"}: err(f"{g} {k}: duration keys")
                if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{g} {k}: duration types")
                for s in ("start", "end"):
                    if d.get(s) is not None: need(g, f"{k}.duration.{s}", d[s], text)
            c = r.get("cost")
            if c is not None:
                if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{g} {k}: cost keys")
                for ck, v in c.items():
                    if v is None: continue
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{g} {k}: {ck} not a decimal string")
                    else: need(g, f"{k}.{ck}", spaced(v), text)
            for fu in r.get("funding") or []:
                if set(fu) != {"source", "eur", "share_percent"}: err(f"{g} {k}: funding keys")
                need(g, k + ".funding.source", fu.get("source"), text)
                if fu.get("eur") is not None: need(g, k + ".funding.eur", spaced(fu["eur"]), text)
                if fu.get("share_percent") is not None:
                    if not re.search(re.escape(fu["share_percent"]) + r" ?%", text): err(f"{g} {k}: share {fu['share_percent']} % not found")
            for ct in r.get("contacts") or []:
                if not isinstance(ct.get("name"), str): err(f"{g} {k}: contact name")
                for ck in ("name", "email", "phone"): need(g, f"{k}.contact.{ck}", ct.get(ck), text)
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]: err("clusters: missing why")
        if len(c.get("records", [])) < 2: err("clusters: fewer than two records")
        for rec in c.get("records", []):
            if rec.get("key") not in keysets.get(rec.get("file"), set()): err(f"clusters: unknown record {rec}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
