# Adds two unary numbers written 1..1+1..1: the + becomes 1 and the last 1 is erased.
name: unary-add
blank: _
start: scan
halt: done
scan 1 -> scan 1 R
scan + -> scan 1 R
scan _ -> erase _ L
erase 1 -> done _ L
