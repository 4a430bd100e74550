# A trailing backslash continues the line.
when "five weeks later" \
     --ref 2025-03-08
