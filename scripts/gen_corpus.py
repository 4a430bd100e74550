#!/usr/bin/env python3
"""Generates a corpus of synthetic news articles for benchmarks: speakers with titles,
direct quotes, reported speech, dates relative to a publication date. Seeded, so runs repeat.

usage: gen_corpus.py OUT_DIR [--mb 20] [--seed 7]
"""
import argparse, os, random

FIRST = ["Maria", "John", "Aisha", "Kenji", "Olga", "Pedro", "Fatima", "Liam", "Chen", "Amara", "Viktor", "Sofia",
         "Rahul", "Ingrid", "Tomasz", "Leila", "Samuel", "Yuki", "Nadia", "Ethan"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Silva", "Novak", "Brennan", "Osei",
        "Petrov", "Castillo", "Ahmadi", "Fischer", "Dubois", "Mensah", "Rossi", "Varga", "Nakamura", "Kaur"]
TITLES = ["Finance Minister", "Mayor", "Senator", "Chief Executive", "Police Chief", "Health Secretary",
          "Governor", "Professor", "spokeswoman", "Union leader", "central bank governor", "Defence Minister"]
ORGS = ["the ministry", "the company", "the council", "the central bank", "the union", "the agency", "the government"]
VERBS = ["said", "told reporters", "warned", "announced", "insisted", "added", "noted", "argued", "acknowledged", "claimed"]
WHEN = ["on Monday", "on Tuesday", "last week", "earlier this month", "on March 3", "yesterday", "three days later",
        "in mid-April", "last year", "on Friday", "two weeks ago", "this month"]
TOPICS = ["the budget", "the new bridge", "water prices", "the trade deal", "school funding", "the election",
          "fuel subsidies", "the hospital plan", "rail fares", "the housing market"]
FACTS = ["Inflation rose to {n}% in {m}, the highest level in {y} years.",
         "The project will cost {n} million dollars and employ {k} people.",
         "Unemployment fell by {n}% over the past year.",
         "About {k} residents signed the petition within {n} days."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def person(rng):
    return f"{rng.choice(TITLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng, people):
    kind = rng.random()
    p = rng.choice(people)
    surname = p.split()[-1]
    topic = rng.choice(TOPICS)
    when = rng.choice(WHEN)
    if kind < 0.3:
        return (f"“We will not accept any delay on {topic}, and we expect the plan to pass before the summer,” "
                f"{surname} {rng.choice(VERBS)} {when}. “Families deserve better than this.”")
    if kind < 0.55:
        return f"{p} {rng.choice(VERBS)} {when} that {topic} would be reviewed by an independent panel."
    if kind < 0.7:
        return f"According to {rng.choice(ORGS)}, {topic} had been delayed by {rng.randint(2, 30)} weeks."
    if kind < 0.85:
        return f"{rng.choice(ORGS).capitalize()} {rng.choice(VERBS)} {when} that talks on {topic} would resume. She called the proposal “a serious step”."
    return rng.choice(FACTS).format(n=rng.randint(2, 90), m=rng.choice(MONTHS), y=rng.randint(2, 40), k=rng.randint(100, 9000))


def article(rng, i):
    people = [person(rng) for _ in range(rng.randint(2, 6))]
    lines = [f"Headline number {i}: officials clash over {rng.choice(TOPICS)}", "", f"By {rng.choice(FIRST)} {rng.choice(LAST)}", ""]
    for _ in range(rng.randint(8, 20)):
        lines.append(paragraph(rng, people))
        lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    total, i = 0, 0
    while total < a.mb * 1024 * 1024:
        text = article(rng, i)
        with open(os.path.join(a.out, f"a{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
        i += 1
    print(f"{i} articles, {total / 1024 / 1024:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
