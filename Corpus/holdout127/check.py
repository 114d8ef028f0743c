#!/usr/bin/env python3
"""Checks holdout127 gold files: keys/types per ../gold/README.md, and that gold values occur in the documents."""
import json, glob, os, re, html, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
WORDS = {32: ['trente-deux'], 36: ['trente-six', 'trois ans', 'trois années', '3 ans'],
         24: ['24 mois', 'deux ans', 'vingt-quatre mois', 'une vingtaine'],
         16: ['une vingtaine'], 12: ['une quinzaine'], 18: ['une quinzaine'], 50: ['la moitié']}
errors, manual = [], []

def text_of(path):
    b = open(path, 'rb').read()
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError:
        s = b.decode('cp1252')
    if path.endswith('.html'):
        s = re.sub(r'<script.*?</script>|<style.*?</style>', ' ', s, flags=re.S)
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ')
    return s

def spaced(n):
    return '{:,}'.format(int(n)).replace(',', ' ')

def has(doc, needle):
    return needle in doc

PROJECT_KEYS = {'kind', 'key', 'section', 'section_as_written', 'title', 'carriers', 'partners', 'territory', 'year', 'mode',
                'households', 'housing_units', 'duration', 'cost', 'funding', 'contacts'}
INDEX_KEYS = {'kind', 'key', 'section', 'localisation', 'organisme', 'page'}

def need(cond, msg):
    if not cond:
        errors.append(msg)

def check_q(q, where, doc, words_ok):
    if q is None:
        return
    need(set(q) <= {'min', 'max', 'per', 'approximate', 'unit'} and {'min', 'max', 'per', 'approximate'} <= set(q), where + ' quantity keys')
    need(isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max'], where + ' min/max')
    need(q['per'] in ('total', 'year'), where + ' per')
    need(isinstance(q['approximate'], bool), where + ' approximate')
    for n in {q['min'], q['max']}:
        if not re.search(r'(?<!\d)(?<!\d )%d(?!\d)(?! \d{3})' % n, doc):
            alts = WORDS.get(n, [])
            if any(a in doc.lower() for a in alts):
                manual.append(where + ' %d read from words %s' % (n, [a for a in alts if a in doc.lower()]))
            else:
                errors.append(where + ' figure %d not in document' % n)
    if 'unit' in q:
        need(q['unit'] in doc, where + ' unit %r not in document' % q['unit'])

for gpath in sorted(glob.glob(os.path.join(GOLD, '*.json'))):
    name = os.path.basename(gpath)
    data = json.load(open(gpath, encoding='utf-8'))
    if name == 'clusters.json':
        for c in data['clusters']:
            need(isinstance(c.get('why'), str) and c['why'], 'clusters: why')
            for r in c['records']:
                gp = os.path.join(GOLD, r['file'] + '.json')
                need(os.path.exists(gp), 'clusters: missing gold ' + r['file'])
                if os.path.exists(gp):
                    keys = [x['key'] for x in json.load(open(gp, encoding='utf-8'))['records']]
                    need(r['key'] in keys, 'clusters: key %s not in %s' % (r['key'], r['file']))
        continue
    need(set(data) == {'file', 'records'}, name + ' top keys')
    need(data['file'] + '.json' == name, name + ' file name')
    dpath = os.path.join(DOCS, data['file'])
    need(os.path.exists(dpath), name + ' document missing')
    doc = text_of(dpath)
    keys = [r['key'] for r in data['records']]
    need(len(keys) == len(set(keys)), name + ' duplicate keys')
    for r in data['records']:
        w = '%s[%s]' % (name, r['key'])
        if r['kind'] == 'index_row':
            need(set(r) == INDEX_KEYS, w + ' index keys')
            need(r['key'] == 'index ' + r['section'], w + ' index key form')
            line = '\t'.join([r['section'], r['localisation'], r['organisme'], r['page']])
            need(line in doc, w + ' index row not in document')
            continue
        need(r['kind'] == 'project', w + ' kind')
        need(set(r) == PROJECT_KEYS, w + ' project keys %s' % sorted(set(r) ^ PROJECT_KEYS))
        if r['section']:
            need(r['key'] == r['section'] and (r['section'] + '.') in doc, w + ' section')
        for f in ('title',):
            need(isinstance(r[f], str) and r[f] in doc, w + ' title %r' % r[f])
        for f in ('carriers', 'partners'):
            need(isinstance(r[f], list), w + ' ' + f)
            for v in r[f]:
                need(v in doc, w + ' %s %r not in document' % (f, v))
        t = r['territory']
        need(t is None or (set(t) == {'value', 'departments'} and t['value'] in doc and all(isinstance(d, str) for d in t['departments'])), w + ' territory')
        need(r['year'] is None or (isinstance(r['year'], int) and str(r['year']) in doc), w + ' year')
        need(r['mode'] in (None, 'access', 'maintenance', 'access_and_maintenance'), w + ' mode')
        check_q(r['households'], w + ' households', doc, True)
        check_q(r['housing_units'], w + ' housing', doc, True)
        d = r['duration']
        if d is not None:
            need(set(d) == {'months', 'start', 'end', 'renewable'} and isinstance(d['renewable'], bool), w + ' duration keys')
            for y in (d['start'], d['end']):
                need(y is None or y in doc, w + ' duration year %s' % y)
            m = d['months']
            if not re.search(r'(?<!\d)%d mois' % m, doc) and not (m == 36 and '36' in doc):
                manual.append(w + ' duration %d months read from %s' % (m, [a for a in WORDS.get(m, []) + ['%s-%s' % (d['start'], d['end'])] if a in doc]))
        c = r['cost']
        if c is not None:
            need(set(c) == {'total_eur', 'per_year_eur', 'per_household_eur'}, w + ' cost keys')
            for k in ('total_eur', 'per_year_eur', 'per_household_eur'):
                v = c[k]
                if v is None:
                    continue
                need(re.fullmatch(r'\d+', v) is not None, w + ' cost decimal string')
                forms = [spaced(v), v]
                if v.endswith('000'):
                    forms.append(v[:-3] + ' k€')
                need(any(x in doc for x in forms), w + ' cost %s %s not in document' % (k, v))
        for fu in r['funding']:
            need(set(fu) == {'source', 'eur', 'share_percent'}, w + ' funding keys')
            need(fu['source'] in doc, w + ' funding source %r' % fu['source'])
            if fu['eur']:
                need(spaced(fu['eur']) in doc, w + ' funding eur')
            if fu['share_percent']:
                if (fu['share_percent'] + ' %') not in doc:
                    if fu['share_percent'] == '50' and 'la moitié' in doc:
                        manual.append(w + ' FNAVDL 50 % read from « la moitié »')
                    else:
                        errors.append(w + ' funding share %s' % fu['share_percent'])
        for ct in r['contacts']:
            need(set(ct) == {'name', 'email', 'phone'}, w + ' contact keys')
            for k in ('name', 'email', 'phone'):
                need(ct[k] is None or ct[k] in doc, w + ' contact %s %r not in document' % (k, ct[k]))

for m in manual:
    print('checked by hand:', m)
for e in errors:
    print('ERROR:', e)
print('%d errors' % len(errors))
sys.exit(1 if errors else 0)
