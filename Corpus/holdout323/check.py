#!/usr/bin/env python3
"""Validate the holdout323 gold files: shape, keys, types, and that every value's text is in its document."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": expected non-UTF-8 cp1252 bytes")
        except UnicodeDecodeError:
            pass
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(doc, s, where):
    if s is None: return
    if fold(str(s)) not in doc: err(f"{where}: text not found: {s!r}")

def is_int(x): return isinstance(x, int) and not isinstance(x, bool)
def is_dec(x): return x is None or (isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x) is not None)

def check_q(q, doc, where):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(where + ": bad quantity shape")
    if not (is_int(q["min"]) and is_int(q["max"]) and q["min"] <= q["max"]): err(where + ": min/max")
    if q["per"] not in ("total", "year"): err(where + ": per")
    if not isinstance(q["approximate"], bool): err(where + ": approximate")
    if "unit" in q: need(doc, q["unit"], where + ".unit")
    if not q["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc): err(where + ": count not in text")

def check_project(r, doc, where):
    missing = PROJECT_KEYS - set(r)
    if missing: err(where + ": missing keys " + str(sorted(missing)))
    if not isinstance(r.get("key"), str): err(where + ": key")
    need(doc, r.get("title"), where + ".title")
    if r.get("section"): need(doc, r["section"], where + ".section")
    for f in ("carriers", "partners"):
        v = r.get(f)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v): err(where + f": {f} not list of str")
        else:
            for x in v: need(doc, x, f"{where}.{f}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("departments"), list): err(where + ": territory shape")
        else:
            need(doc, t.get("value"), where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(where + ": département code " + d)
    y = r.get("year")
    if y is not None:
        if not is_int(y): err(where + ": year type")
        else: need(doc, str(y), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(where + ": mode")
    check_q(r.get("households"), doc, where + ".households")
    check_q(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or not {"months", "start", "end", "renewable"} <= set(d): err(where + ": duration shape")
        else:
            if d["months"] is not None and not is_int(d["months"]): err(where + ": months")
            for k in ("start", "end"):
                if d[k] is not None: need(doc, d[k], f"{where}.duration.{k}")
            if not isinstance(d["renewable"], bool): err(where + ": renewable")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or not {"total_eur", "per_year_eur", "per_household_eur"} <= set(c): err(where + ": cost shape")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if not is_dec(c[k]): err(f"{where}: cost {k} not a decimal string")
                elif c[k] is not None: need(doc, spaced(c[k]), f"{where}.cost.{k}")
    for i, fu in enumerate(r.get("funding") or []):
        if not {"source", "eur", "share_percent"} <= set(fu): err(f"{where}: funding[{i}] shape"); continue
        need(doc, fu["source"], f"{where}.funding[{i}].source")
        if not is_dec(fu["eur"]) or not is_dec(fu["share_percent"]): err(f"{where}: funding[{i}] decimals")
        if fu["eur"]: need(doc, spaced(fu["eur"]), f"{where}.funding[{i}].eur")
        if fu["share_percent"]: need(doc, fu["share_percent"] + " %", f"{where}.funding[{i}].share")
    if not isinstance(r.get("funding"), list): err(where + ": funding not a list")
    cs = r.get("contacts")
    if not isinstance(cs, list): err(where + ": contacts not a list")
    for i, k in enumerate(cs or []):
        if not isinstance(k, dict) or not isinstance(k.get("name"), str): err(f"{where}: contact[{i}] shape"); continue
        for f in ("name", "email", "phone"):
            need(doc, k.get(f), f"{where}.contacts[{i}].{f}")

def main():
    files = sorted(os.listdir(DOCS))
    for name in files:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp): err("no gold for " + name); continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name: err(gp + ": file field")
        doc = load_doc(name)
        keys = set()
        for j, r in enumerate(g.get("records", [])):
            where = f"{name}#{j}"
            if r.get("key") in keys: err(where + ": duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(where + ": index keys")
                if r.get("key") != "index " + str(r.get("section")): err(where + ": index key")
                for f in ("section", "localisation", "organisme", "page"): need(doc, r.get(f), f"{where}.{f}")
            else: err(where + ": kind")
        if not g.get("records"): err(name + ": no records")
    for extra in os.listdir(GOLD):
        if extra != "clusters.json" and extra[:-5] not in files: err("gold without document: " + extra)
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for rec in c.get("records", []):
            gp = os.path.join(GOLD, rec["file"] + ".json")
            if not os.path.exists(gp): err("clusters: unknown file " + rec["file"]); continue
            if rec["key"] not in {r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
                err("clusters: unknown key " + rec["key"])
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
