"""Three readings of one TREC run of `match --queries` for scripts/eval-matching.sh, because the
collection holds the same fact-check twice (the same claim and title under two ids, differing only
in quotation marks) and the gold names one of the two:

- scorer: the run as written; copies of one check share a score, and the scorer breaks the tie
  its own way (trec_eval's rule: the higher id first);
- ranked: the order claimcheck wrote (the first stored copy first), as a JSONL ranking;
- copies as one: every id replaced by the first id of its copies, in the run and in the gold, so
  that which copy the gold names does not count.

usage: matching-views.py RUN COLLECTION.jsonl QRELS OUTDIR
writes OUTDIR/ranked.jsonl, OUTDIR/one.jsonl and OUTDIR/one.qrels."""
import json, os, sys


def words(text):
    """Letters and digits, lower-cased, one space between runs (how claimcheck finds copies)."""
    out, gap = [], False
    for ch in text.lower():
        if ch.isalnum():
            if gap and out:
                out.append(" ")
            gap = False
            out.append(ch)
        else:
            gap = True
    return "".join(out)


def main():
    run, collection, qrels, outdir = sys.argv[1:5]
    first = {}
    canon = {}
    with open(collection, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            key = (words(row["vclaim"]), words(row["title"]))
            canon[row["vclaim_id"]] = first.setdefault(key, row["vclaim_id"])
    ranked = {}
    with open(run, encoding="utf-8") as f:
        for line in f:
            qid, _, doc, *_ = line.split()
            ranked.setdefault(qid, []).append(doc)
    with open(os.path.join(outdir, "ranked.jsonl"), "w") as out, open(os.path.join(outdir, "one.jsonl"), "w") as one:
        for qid, docs in ranked.items():
            out.write(json.dumps({"query_id": qid, "ranking": docs}) + "\n")
            seen, merged = set(), []
            for d in docs:
                c = canon.get(d, d)
                if c not in seen:
                    seen.add(c)
                    merged.append(c)
            one.write(json.dumps({"query_id": qid, "ranking": merged}) + "\n")
    with open(qrels) as f, open(os.path.join(outdir, "one.qrels"), "w") as out:
        seen = set()
        for line in f:
            qid, zero, doc, rel = line.split()
            pair = (qid, canon.get(doc, doc))
            if pair not in seen:
                seen.add(pair)
                out.write(f"{qid}\t{zero}\t{pair[1]}\t{rel}\n")


main()
