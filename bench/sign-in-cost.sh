#!/usr/bin/env bash
# The cost of signing in: an API request whose credential the server has not verified yet pays
# one PBKDF2-HMAC-SHA256 hash (600,000 iterations); later requests within a few minutes reuse
# the verified credential. Prints the first request's time and the median of the next 20.
#
#   bench/sign-in-cost.sh [username]     against ./run.sh's server; default a fresh demo user
set -euo pipefail
url=${TRELLIS_URL:-http://localhost:8080}
user=${1:-priya.link}
password=${TRELLIS_PASSWORD:-trellis-demo-2026}
# A wrong password first: it always pays the full hash and is never remembered.
wrong=$(curl -s -o /dev/null -w '%{time_total}' -u "$user:not-the-password" "$url/api/me")
first=$(curl -s -o /dev/null -w '%{time_total}' -u "$user:$password" "$url/api/me")
later=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -u "$user:$password" "$url/api/me"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf 'refused sign-in: %.3f s; first request (hash verified): %.3f s; later requests (remembered): median %.3f s\n' "$wrong" "$first" "$later"
