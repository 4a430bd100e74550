# A scripted check: claims added by hand, evidence, verdicts, expectations.
claim add "The currency fell almost 35% since late November" --by "Scott Lucas" --on 2025-04-17
claim add "The talks will continue on Saturday" --by "Abbas Araqchi"
evidence add C1 supports --source https://example.org/rial-rates --quote "the rial fell 34.7%" --reliability high
evidence add C1 context --source "Central Bank bulletin, 2025-04-10"
verdict C1 mostly-true --because "Market rate fell 34.7% from late Nov to Mar" --cite E1
expect verdict C1 mostly-true
expect status C2 unchecked
expect claims --by Araqchi count 1
expect log verified
check
check --strict
