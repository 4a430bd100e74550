# Loads the seed article and looks at what was found.
load seeds/000_c0b0ef25e89ca8b0.txt --published 2025-04-17 --outlet "EA WorldView"
documents
claims --kind direct
speakers
stats
