#!/bin/sh
# The seed files for one fuzz harness kind: print their paths.
case "$1" in
yaml)	ls examples/*.yaml examples/*/*.yaml tests/bad/*/*.yaml 2>/dev/null ;;
csv)	ls examples/*.csv examples/*/*.csv tests/bad/*/*.csv 2>/dev/null ;;
*)	ls fuzz/seeds/"$1"/* 2>/dev/null ;;
esac
exit 0
