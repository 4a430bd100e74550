# Builds the store the report golden files come from: the seed article, evidence and verdicts.
load seeds/000_c0b0ef25e89ca8b0.txt --published 2025-04-17 --outlet "EA WorldView" --url https://example.org/iran-talks
evidence add C7 supports --source https://example.org/rial-rates --title "Open-market rial rates" --quote "the rial fell 34.7% between November and March" --reliability high
evidence add C7 context --source "Central Bank of Iran bulletin, 2025-04-10" --note "official rate differs from the market rate"
evidence add C7 contradicts --source "=HYPERLINK(\"http://evil\")" --quote "<script>alert('x')</script>" --reliability low
evidence retract E3 --because "not a real source"
verdict C7 mostly-true --because "Market rate fell 34.7% from late November to March; 'historic low' holds" --cite E1,E2
verdict C2 true --because "Matches the published transcript of the speech"
verdict C2 mostly-true --because "Transcript matches, but the translation softens one phrase"
claim retract C11 --because "Qalibaf was paraphrased by the article's source, not quoted; we could not confirm the wording"
scale set mixed --meaning "Partly accurate: the statement leaves out context that changes its meaning."
set org "Example Checks"
set url https://checks.example.org/iran
