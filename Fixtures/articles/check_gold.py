#!/usr/bin/env python3
"""Check the fixture gold files: every statement (or statement part) occurs verbatim in its article,
parts join to the statement with ' […] ', dates are real dates (YYYY-MM-DD, YYYY-MM, or YYYY-Www for
inner_dates), weekday phrases resolve to the most recent such day on or before publication, and
title/byline/dateline/credits occur in the article. For an HTML article (NAME.html) every check runs on
its reader text (html_text: script/style/title/head dropped, block elements as paragraph breaks, other
tags removed, entities decoded, whitespace collapsed), and article:published_time must agree with
`published`. Usage: python3 Fixtures/articles/check_gold.py"""
import json, glob, os, re, sys, html, datetime as dt, collections
HERE = os.path.dirname(os.path.abspath(__file__))
D = HERE
SEED = os.path.join(HERE, '..', '..', 'seeds', '000_c0b0ef25e89ca8b0.txt')
errs = []; warns = []
WD = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
BLOCK = r'p|h[1-6]|blockquote|div|article|header|section|li|ul|ol|main|body|html|br|figure|figcaption|pre|table|tr'
def html_text(raw):
    """Paragraph text of an HTML page, roughly as an HTML-to-text reader produces it."""
    s = re.sub(r'(?is)<(script|style|title|noscript|template)\b[^>]*>.*?</\1\s*>', ' ', raw)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'(?is)<head\b.*?</head\s*>', ' ', s)
    s = re.sub(r'(?i)</?(?:' + BLOCK + r')\b[^>]*>', '\x00', s)
    s = re.sub(r'<[^>]*>', '', s)
    s = re.sub(r'\s+', ' ', html.unescape(s))
    return '\n\n'.join(p.strip() for p in s.split('\x00') if p.strip())
def chkdate(s, where):
    if s is None: return
    try:
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s): dt.date.fromisoformat(s)
        elif re.fullmatch(r'\d{4}-\d{2}', s): dt.date.fromisoformat(s + '-01')
        elif re.fullmatch(r'\d{4}', s): pass
        else: raise ValueError
    except Exception: errs.append(f'{where}: bad date {s!r}')
total = collections.Counter()
for g in sorted(glob.glob(D + '/*.gold.json')):
    name = os.path.basename(g)[:-len('.gold.json')]
    if name == 'seed':
        src = [SEED] if os.path.exists(SEED) else []
        if not src: print('seed article not found, skipped'); continue
    else:
        src = [p for p in (f'{D}/{name}.txt', f'{D}/{name}.md', f'{D}/{name}.html') if os.path.exists(p)]
    if len(src) != 1: errs.append(f'{name}: article file missing'); continue
    raw = open(src[0], 'rb').read()
    text = raw.decode('utf-8')
    if src[0].endswith('.html'):
        m = re.search(r'<meta\s+property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', text)
        text = html_text(text)
    try: gd = json.load(open(g, encoding='utf-8'))
    except Exception as e: errs.append(f'{name}: json {e}'); continue
    doc = gd['document']
    pub = dt.date.fromisoformat(doc['published'])
    if src[0].endswith('.html') and (not m or m.group(1) != doc['published']): errs.append(f'{name}: article:published_time does not match published')
    for k in ('title', 'byline'):
        if doc.get(k) and doc[k] not in text: errs.append(f'{name}: {k} not in text')
    if doc.get('dateline') and doc['dateline'] not in text: errs.append(f'{name}: dateline not in text')
    for c in doc.get('credits', []):
        if c not in text:
            norm = lambda x: re.sub(r'\s+', ' ', x.replace('\u00a0', ' '))
            if norm(c) in norm(text): warns.append(f'{name}: credit matches only after whitespace normalisation (NBSP in the text)')
            else: errs.append(f'{name}: credit not in text')
    words = len(re.findall(r"\S+", text))
    if name != 'seed' and not 300 <= words <= 900: errs.append(f'{name}: {words} words')
    cnt = collections.Counter()
    for i, c in enumerate(gd['claims']):
        w = f'{name}#{i}'
        if c['kind'] not in ('direct', 'indirect', 'mixed', 'assertion'): errs.append(f'{w}: kind')
        if not isinstance(c.get('speaker'), list) or not c['speaker']: errs.append(f'{w}: speaker')
        if c['kind'] != 'assertion':
            if not c.get('cue'): errs.append(f'{w}: no cue')
            # at least one speaker string should occur in the text (case-insensitive)
            if not any(s.lower() in text.lower() for s in c['speaker']): errs.append(f'{w}: no speaker string in text {c["speaker"]}')
            if c.get('speaker_mention') and c['speaker_mention'].lower() not in text.lower(): errs.append(f'{w}: mention not in text')
            if c.get('recipient') and c['recipient'] not in text: errs.append(f'{w}: recipient not in text')
        st = c['statement']
        if 'statement_parts' in c:
            parts = c['statement_parts']
            if ' […] '.join(parts) != st: errs.append(f'{w}: parts do not join to statement')
            for p in parts:
                if p not in text: errs.append(f'{w}: part not in text: {p[:60]!r}')
            pos = [text.find(p) for p in parts]
            if pos != sorted(pos): errs.append(f'{w}: parts out of order')
        else:
            if st not in text: errs.append(f'{w}: statement not in text: {st[:70]!r}')
            if '[…]' in st: errs.append(f'{w}: ellipsis without parts')
        if c['kind'] == 'direct' and not c.get('no_quote_marks'):
            for p in c.get('statement_parts', [st]):
                if p[:1] in '“"' or p[-1:] in '”"': errs.append(f'{w}: direct statement keeps quote mark')
        if 'statement_plain' in c and re.sub(r'\*', '', st) != c['statement_plain']: errs.append(f'{w}: statement_plain differs from statement without *')
        if c.get('when_text') and c['when_text'] not in text: errs.append(f'{w}: when_text not in text')
        chkdate(c.get('date'), w)
        if c.get('date') and len(c['date']) == 10 and dt.date.fromisoformat(c['date']) > pub and 'future' not in (c.get('note') or ''): errs.append(f'{w}: date after publication')
        m = re.fullmatch(r'(?i)(?:on |last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| afternoon| evening| night)?', c.get('when_text') or '')
        if m and c.get('date'):
            wd = WD.index(m.group(1).lower())
            exp = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
            if c['date'] != exp.isoformat(): warns.append(f'{w}: {c["when_text"]} -> {c["date"]}, expected {exp}')
        for it in c.get('inner_dates', []):
            if it['text'] not in st: errs.append(f"{w}: inner date text not in statement: {it['text']!r}")
            v = it['value']
            if re.fullmatch(r'\d{4}-W\d{2}', v): pass
            else: chkdate(v, w)
        cnt[c['kind']] += 1
    total.update(cnt)
    print(f'{os.path.basename(src[0]):45s} {words:4d} words  {pub} {pub.strftime("%a")}  ' + ' '.join(f'{k}={cnt[k]}' for k in ('direct','indirect','mixed','assertion')) + f'  total={sum(cnt.values())}')
print('TOTAL', dict(total), sum(total.values()))
for w in warns: print('WARN', w)
for e in errs: print('ERROR', e)
print('PASS' if not errs else f'FAIL ({len(errs)} errors)')
sys.exit(1 if errs else 0)
