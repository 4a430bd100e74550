# Every checking command, and each of its errors; the expected stderr is Fixtures/expected/checking-errors.stderr.
load seeds/000_c0b0ef25e89ca8b0.txt --published 2025-04-17
evidence add C99 supports --source https://example.org/x
evidence add C7 agrees --source https://example.org/x
evidence add C7 supports --source D1 --quote "a sentence that is not in the article"
evidence add C7 supports --source D1:10-999999
evidence add C7 supports --source D1 --quote "historic lows"
evidence add C8 contradicts --source https://example.org/power
verdict C7 sorta-true --because "not on the scale"
verdict C7 true --because "cites another claim's evidence" --cite E2
verdict C7 mostly-true --because "the rial fell about 35%" --cite E1
verdict C8 false
evidence retract E9 --because "no such evidence"
evidence retract E2 --because "wrong source"
evidence retract E2 --because "twice"
claim add "The blackouts lasted six hours" --by "the government" --on 2025-04-31
claim add "The blackouts lasted six hours" --by "the government" --on 2025-04-15
claim edit C18 --statement "The blackouts lasted six hours a day"
claim retract C404 --because "no such claim"
speaker alias Pezeshkian "the President"
speaker merge Pezeshkian Nobody
scale set tiny yes
expect verdict C7 mostly-true
expect verdict C7 false
expect status C8 unchecked
expect claims --kind direct count 1
expect claims --kind direct count 5
expect log verified
verify D1
check
check --strict
