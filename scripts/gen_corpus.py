#!/usr/bin/env python3
"""Generates a corpus of synthetic news articles for benchmarks. Seeded, so runs repeat.

Two styles:
  news   (default) articles shaped like real news: a headline, a byline, a dateline, then about twenty
         paragraphs of two sentences on average, about half of them quoting someone, the rest reported
         speech and background with figures and dates. Calibrated on the evaluation articles (mean
         4.5 KB, 20 paragraphs, 232 bytes a paragraph, 47% of paragraphs quoted, 5.0 claims a KB);
         `scripts/bench.py` prints the generated corpus's shape beside them.
  dense  the stress case: short articles where nearly every paragraph is a dated claim (9.5 claims
         a KB, 107 bytes a paragraph).

usage: gen_corpus.py OUT_DIR [--mb 20] [--seed 7] [--style news|dense]
"""
import argparse, os, random

FIRST = ["Maria", "John", "Aisha", "Kenji", "Olga", "Pedro", "Fatima", "Liam", "Chen", "Amara", "Viktor", "Sofia",
         "Rahul", "Ingrid", "Tomasz", "Leila", "Samuel", "Yuki", "Nadia", "Ethan", "Grace", "Omar", "Hannah",
         "Mateo", "Priya", "Daniel", "Elena", "Kwame", "Rosa", "Patrick", "Mei", "Jonas", "Zainab", "Lucas"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Silva", "Novak", "Brennan", "Osei",
        "Petrov", "Castillo", "Ahmadi", "Fischer", "Dubois", "Mensah", "Rossi", "Varga", "Nakamura", "Kaur",
        "Whitfield", "Abara", "Johansson", "Reyes", "Calloway", "Brandt", "Ferreira", "Hollis", "Ndiaye", "Marsh"]
TITLES = ["Finance Minister", "Mayor", "Senator", "Chief Executive", "Police Chief", "Health Secretary",
          "Governor", "Professor", "spokeswoman", "Union leader", "central bank governor", "Defence Minister",
          "council member", "state Rep.", "economist", "lawyer", "director", "analyst", "chairwoman"]
ORGS = ["the ministry", "the company", "the council", "the central bank", "the union", "the agency", "the government",
        "the regulator", "the school board", "the hospital trust", "the transport authority", "the court"]
VERBS = ["said", "told reporters", "warned", "announced", "insisted", "added", "noted", "argued", "acknowledged", "claimed"]
WHEN = ["on Monday", "on Tuesday", "last week", "earlier this month", "on March 3", "yesterday", "three days later",
        "in mid-April", "last year", "on Friday", "two weeks ago", "this month"]
TOPICS = ["the budget", "the new bridge", "water prices", "the trade deal", "school funding", "the election",
          "fuel subsidies", "the hospital plan", "rail fares", "the housing market", "the port expansion",
          "bus services", "the pension reform", "flood defences", "the tax bill", "broadband coverage"]
PLACES = ["WASHINGTON", "LONDON", "NAIROBI", "MANILA", "LISBON", "TORONTO", "LAGOS", "OSLO", "SANTIAGO", "PERTH"]
FACTS = ["Inflation rose to {n}% in {m}, the highest level in {y} years.",
         "The project will cost {n} million dollars and employ {k} people.",
         "Unemployment fell by {n}% over the past year.",
         "About {k} residents signed the petition within {n} days."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]

# Background prose: the sentences of a news article that are nobody's claim. PLAIN ones hold no figure
# (nothing check-worthy), FIGURES ones do.
PLAIN = [
    "Critics have long argued that the plan favours large firms over small businesses.",
    "Many of the families who live nearby have been waiting for a decision since the spring.",
    "Officials had hoped to finish the review before the end of the year.",
    "Similar schemes in other cities have had mixed results, with some abandoned after a few months.",
    "The vote was delayed twice, first by a legal challenge and then by a strike.",
    "Supporters say the changes are overdue; opponents fear they will raise prices.",
    "The region's economy depends heavily on farming, tourism and a handful of large employers.",
    "Hundreds of people gathered outside the building, some holding handmade signs.",
    "The debate has exposed old tensions between the city and the surrounding towns.",
    "Residents who spoke at the meeting described long waits, rising bills and a sense of being ignored.",
    "The plan still needs the approval of the regional assembly, where the ruling party lacks a majority.",
    "Shop owners on the main street have complained about falling trade since the works began.",
    "The opposition has called for an inquiry into how the contracts were awarded.",
    "It is not the first time the project has run into trouble, and few expect it to be the last.",
]
FIGURES = [
    "The dispute has dragged on for {y} years and has divided residents of the district.",
    "Work on {topic} began in {year} but stalled when costs rose sharply.",
    "The area has seen rapid growth, with the population rising by {n}% in the past decade.",
    "The proposal would replace a system that dates back to the {decade}s.",
    "A report published in {m} found that {n}% of households were struggling with rising costs.",
    "Turnout at the last local election was just {n}%, one of the lowest on record.",
    "Under the current rules, contracts worth more than {n} million dollars must go to public tender.",
]
FOLLOW = [
    "She did not say when a final decision would be made.",
    "He declined to give further details.",
    "The office did not respond to a request for comment.",
    "A vote is expected next month.",
    "The figures have not been independently verified.",
    "Talks are due to continue later this week.",
]


def person(rng):
    return f"{rng.choice(TITLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def fill(rng, s, topic):
    return s.format(n=rng.randint(2, 90), m=rng.choice(MONTHS), y=rng.randint(2, 40), k=rng.randint(100, 9000),
                    year=rng.randint(1995, 2023), decade=rng.choice([1960, 1970, 1980, 1990]), topic=topic)


def dense_paragraph(rng, people):
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


def dense_article(rng, i):
    people = [person(rng) for _ in range(rng.randint(2, 6))]
    lines = [f"Headline number {i}: officials clash over {rng.choice(TOPICS)}", "", f"By {rng.choice(FIRST)} {rng.choice(LAST)}", ""]
    for _ in range(rng.randint(8, 20)):
        lines.append(dense_paragraph(rng, people))
        lines.append("")
    return "\n".join(lines)


def news_paragraph(rng, people, topic, named):
    """One paragraph; `named` holds the people already introduced by full name."""
    p = rng.choice(people)
    if p in named:
        speaker = p.split()[-1]
    else:
        speaker = p
        named.add(p)
    when = rng.choice(WHEN) if rng.random() < 0.5 else ""
    when_part = f" {when}" if when else ""

    def prose():
        return fill(rng, rng.choice(FIGURES), topic) if rng.random() < 0.2 else rng.choice(PLAIN)

    kind = rng.random()
    if kind < 0.5:
        quote = rng.choice([
            f"We have listened to people for months, and what they want is a plan for {topic} that they can trust",
            f"Nobody should pretend this is easy, but the cost of doing nothing on {topic} is far higher",
            f"This is not the end of the process, and we will keep pushing until {topic} is fixed",
            f"The numbers simply do not add up, and the public deserves an honest account of {topic}",
        ])
        text = f"“{quote},” {speaker} {rng.choice(VERBS)}{when_part}. {rng.choice(FOLLOW) if rng.random() < 0.4 else prose()}"
        return text + (" " + rng.choice(PLAIN) if rng.random() < 0.4 else "")
    if kind < 0.65:
        return f"{speaker} {rng.choice(VERBS)}{when_part} that {topic} would be reviewed by an independent panel. {prose()} {rng.choice(PLAIN)}"
    if kind < 0.70:
        return f"According to {rng.choice(ORGS)}, {topic} had been delayed by {rng.randint(2, 30)} weeks. {rng.choice(FOLLOW)}"
    if kind < 0.77:
        return fill(rng, rng.choice(FACTS), topic) + " " + rng.choice(PLAIN)
    return " ".join(prose() for _ in range(rng.randint(2, 3)))


def news_article(rng, i):
    people = [person(rng) for _ in range(rng.randint(3, 7))]
    topic = rng.choice(TOPICS)
    lines = [f"Officials clash over {topic} as deadline nears ({i})", "", f"By {rng.choice(FIRST)} {rng.choice(LAST)}", ""]
    named = set()
    lead = news_paragraph(rng, people, topic, named)
    lines += [f"{rng.choice(PLACES)} — {lead}", ""]
    for _ in range(rng.randint(14, 22)):
        lines.append(news_paragraph(rng, people, topic, named))
        lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--style", choices=["news", "dense"], default="news")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    make = news_article if a.style == "news" else dense_article
    os.makedirs(a.out, exist_ok=True)
    total, i = 0, 0
    while total < a.mb * 1024 * 1024:
        text = make(rng, i)
        with open(os.path.join(a.out, f"a{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
        i += 1
    print(f"{i} articles, {total / 1024 / 1024:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
