# Accepts palindromes over {a, b}: erases the first symbol, checks it against the last, repeats.
name: palindrome
blank: _
start: start
halt: accept reject
start a -> seekA _ R
start b -> seekB _ R
start _ -> accept _ R
seekA a -> seekA a R
seekA b -> seekA b R
seekA _ -> lastA _ L
seekB a -> seekB a R
seekB b -> seekB b R
seekB _ -> lastB _ L
lastA a -> back _ L
lastA b -> reject b L
lastA _ -> accept _ R
lastB b -> back _ L
lastB a -> reject a L
lastB _ -> accept _ R
back a -> back a L
back b -> back b L
back _ -> start _ R
