# Adds one to a binary number; the head starts on its leftmost digit.
name: binary-increment
blank: _
start: right
halt: done
right 0 -> right 0 R
right 1 -> right 1 R
right _ -> carry _ L
carry 1 -> carry 0 L
carry 0 -> done 1 L
carry _ -> done 1 L
