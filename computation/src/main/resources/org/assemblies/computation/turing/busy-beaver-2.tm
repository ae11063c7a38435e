# The 2-state busy beaver: halts after 6 steps with four 1s on the tape.
name: busy-beaver-2
blank: 0
start: A
halt: H
A 0 -> B 1 R
A 1 -> B 1 L
B 0 -> A 1 L
B 1 -> H 1 R
