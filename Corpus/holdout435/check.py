#!/usr/bin/env python3
"""Validate the gold of holdout435: shape, keys, types, and that each value's text occurs in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        s = b.decode("cp1252")
    if name.endswith(".html"):
        s = s + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", s))
    return s

def digits(s): return re.sub(r"[^0-9]", "", s)

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJ_REQ = ["kind", "key", "title", "carriers", "partners", "territory", "households", "housing_units", "duration", "cost", "contacts"]

def check_quantity(f, k, q, text, name):
    if q is None: return
    if not isinstance(q, dict): return err(f"{f} {k}: {name} not an object")
    for kk, t in QKEYS.items():
        if kk not in q or not isinstance(q[kk], t): err(f"{f} {k}: {name}.{kk} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{f} {k}: {name}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{f} {k}: {name} min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], text): err(f"{f} {k}: {name} {q['min']} not in document")
    if "unit" in q and fold(q["unit"]) not in fold(text): err(f"{f} {k}: unit {q['unit']} not in document")

def main():
    files = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if sorted(g[:-5] for g in golds) != files: err(f"gold files {golds} do not match documents {files}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = data.get("file")
        if f != g[:-5]: err(f"{g}: file field {f!r}")
        if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: records missing"); continue
        text = load(f); ft = fold(text); dt = digits(text)
        seen = set()
        for r in data["records"]:
            k = r.get("key")
            if not isinstance(k, str): err(f"{f}: record without key"); continue
            if k in seen: err(f"{f}: duplicate key {k}")
            seen.add(k)
            if r.get("kind") == "index_row":
                for kk in ("section", "localisation", "organisme", "page"):
                    v = r.get(kk)
                    if not isinstance(v, str): err(f"{f} {k}: {kk} missing")
                    elif fold(v) not in ft: err(f"{f} {k}: {kk} {v!r} not in document")
                if k != "index " + str(r.get("section")): err(f"{f} {k}: key/section mismatch")
                continue
            if r.get("kind") != "project": err(f"{f} {k}: bad kind"); continue
            for kk in PROJ_REQ:
                if kk not in r: err(f"{f} {k}: missing {kk}")
            for kk in ("section", "section_as_written"):
                v = r.get(kk)
                if v is not None and (not isinstance(v, str) or fold(v) not in ft): err(f"{f} {k}: {kk} {v!r}")
            t = r.get("title")
            if t is not None and (not isinstance(t, str) or fold(t) not in ft): err(f"{f} {k}: title {t!r} not in document")
            for kk in ("carriers", "partners"):
                v = r.get(kk)
                if not isinstance(v, list): err(f"{f} {k}: {kk} not a list"); continue
                for x in v:
                    if not isinstance(x, str) or fold(x) not in ft: err(f"{f} {k}: {kk} {x!r} not in document")
            terr = r.get("territory")
            if terr is not None:
                if not isinstance(terr, dict) or not isinstance(terr.get("value"), str) or not isinstance(terr.get("departments"), list):
                    err(f"{f} {k}: territory shape")
                else:
                    if fold(terr["value"]) not in ft: err(f"{f} {k}: territory {terr['value']!r} not in document")
                    for d in terr["departments"]:
                        if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{f} {k}: department {d!r}")
            y = r.get("year")
            if y is not None and (not isinstance(y, int) or str(y) not in text): err(f"{f} {k}: year {y!r}")
            if r.get("mode", None) not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{f} {k}: mode")
            check_quantity(f, k, r.get("households"), text, "households")
            check_quantity(f, k, r.get("housing_units"), text, "housing_units")
            du = r.get("duration")
            if du is not None:
                if not isinstance(du, dict) or not (du.get("months") is None or isinstance(du.get("months"), int)) or not isinstance(du.get("renewable"), bool):
                    err(f"{f} {k}: duration shape")
                for kk in ("start", "end"):
                    v = du.get(kk)
                    if v is not None and (not isinstance(v, str) or v not in text): err(f"{f} {k}: duration {kk} {v!r}")
            c = r.get("cost")
            if c is not None:
                for kk in ("total_eur", "per_year_eur", "per_household_eur"):
                    if kk not in c: err(f"{f} {k}: cost.{kk} missing"); continue
                    v = c[kk]
                    if v is not None and (not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v) or v.split(".")[0] not in dt):
                        err(f"{f} {k}: cost.{kk} {v!r} not in document")
            for fu in r.get("funding", []):
                if not isinstance(fu.get("source"), str) or fold(fu["source"]) not in ft: err(f"{f} {k}: funding source {fu.get('source')!r}")
                if fu.get("eur") is not None and digits(fu["eur"]) not in dt: err(f"{f} {k}: funding eur {fu['eur']!r}")
                if fu.get("share_percent") is not None and not re.search(r"(?<![0-9])%s\s?%%" % re.escape(fu["share_percent"]), text.replace("\u00a0", " ")):
                    err(f"{f} {k}: funding share {fu['share_percent']!r}")
            if not isinstance(r.get("contacts"), list): err(f"{f} {k}: contacts not a list")
            for ct in r.get("contacts", []):
                if not isinstance(ct.get("name"), str) or fold(ct["name"]) not in ft: err(f"{f} {k}: contact name {ct.get('name')!r}")
                for kk in ("email", "phone"):
                    v = ct.get(kk)
                    if v is not None and (not isinstance(v, str) or fold(v) not in ft): err(f"{f} {k}: contact {kk} {v!r}")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]: err("clusters.json: why missing")
        if len(c.get("records", [])) < 2: err("clusters.json: cluster with fewer than two records")
        for rr in c.get("records", []):
            if rr.get("key") not in keys.get(rr.get("file"), set()): err(f"clusters.json: unknown record {rr}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
