# A continued command whose quote is never closed: the error names line 4, where the quote opens.
claims \
  --kind direct \
  --by "Pezeshkian
stats
