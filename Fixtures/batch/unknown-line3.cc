# A batch whose third line is not a command.
stats
bogus-command here
documents
