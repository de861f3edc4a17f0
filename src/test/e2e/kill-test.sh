#!/usr/bin/env bash
# Kill test of the history and the card state: scripted plain-mode interviews killed with SIGKILL at
# random moments, then several interviews at once into one data folder, some of them killed too; then
# the same for reviews, checking after every run that the card state counts every record of the history.
#
#   src/test/e2e/kill-test.sh target/gru-drill            # the launcher, or target/gru-drill.jar
#
# What the history store guarantees, and what is checked after every kill:
#   - every record whose grade was confirmed is in history.jsonl. In plain mode the tool prints
#     "...; kept in the history..." on standard output only after the record's append was written and
#     fsynced, so the records counted from those lines before the kill are exactly the confirmed ones;
#   - every line of history.jsonl is a complete record, except that the last line may be torn (a
#     kill in the middle of a write() that crosses a page boundary can leave part of it). A torn or
#     unreadable line is set aside by the next start: the file is moved to history.jsonl.corrupt-*,
#     the tool says so on standard error, and a new history.jsonl keeps every complete record;
#   - no record is written twice, and interviews running at once never interleave their lines.
#
# Bounded: the kill phase stops after KILL_SECONDS (default 45) or KILL_RUNS runs per lane (default 400), the
# concurrent phases after KILL_CONCURRENT_SECONDS each (default 15), the review kill phase after
# KILL_REVIEW_SECONDS (default 20). KILL_SEED (default: random) fixes the
# kill moments and the answers; the seed is printed, and KILL_SEED=N reproduces the same sequence
# (the outcome also depends on timing, which no seed fixes).
set -euo pipefail

tool=${1:?usage: kill-test.sh PATH/TO/gru-drill (launcher) or PATH/TO/gru-drill.jar}
[ -f "$tool" ] || { echo "kill-test: no $tool (run mvn package first)" >&2; exit 1; }
# An array, not a function: a function at the end of a background pipeline runs in a subshell, and
# SIGKILL would then hit the subshell instead of the JVM.
case "$tool" in
  *.jar) tool_cmd=(java -jar "$tool") ;;
  *) tool_cmd=("$tool") ;;
esac

seed=${KILL_SEED:-random}
if [ "$seed" = random ]; then
  seed=$(( ($(od -An -N4 -tu4 /dev/urandom | tr -d ' ') % 2147483647) + 1 ))
fi
RANDOM=$seed
budget=${KILL_SECONDS:-45}
max_runs=${KILL_RUNS:-400}
concurrent_budget=${KILL_CONCURRENT_SECONDS:-15}
review_budget=${KILL_REVIEW_SECONDS:-20}
questions=6
ids=$(seq -s, 1 "$questions")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"
confirmed="$work/confirmed.txt"
: > "$confirmed"

fail() {
  echo "kill-test: FAILED (seed $seed): $*" >&2
  [ -f "$data/history.jsonl" ] && { echo "---- last lines of history.jsonl ----" >&2; tail -3 "$data/history.jsonl" | cut -c1-300 >&2; }
  exit 1
}

now_ms() { date +%s%3N; }

sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }

# Polling without starting processes, so that the waiting does not slow the runs it waits for:
# nap waits 3 ms on a pipe nobody writes to; count_kept sets $kept to the number of kept lines, read
# with bash's own read.
exec {never}<> <(:)
nap() { read -r -t 0.003 -u "$never" _ || true; }
count_kept() {
  local line
  kept=0
  [ -f "$1" ] || return 0
  while IFS= read -r line; do
    if [[ $line == *"; kept in the history"* ]]; then
      kept=$((kept + 1))
    fi
  done <"$1"
}

# answers NAME: one answer block per question, each with its own marker kill-NAME-Q.
answers() {
  local q
  for q in $(seq 1 "$questions"); do
    printf 'kill-%s-%d: the reset gate scales the previous state, the update gate mixes old and new.\n.\n' "$1" "$q"
  done
}

# start NAME OUT: a plain interview over all questions, in the background; its pid in $pid.
start() {
  answers "$1" | "${tool_cmd[@]}" interview --ids "$ids" --grade good --data-dir "$data" >"$2.out" 2>"$2.err" &
  pid=$!
}

# note_confirmed NAME OUT: the markers of the records the run confirmed (the first N of its answers).
note_confirmed() {
  local n q
  n=$(grep -c '; kept in the history' "$2.out" || true)
  for q in $(seq 1 "$n"); do
    echo "\"answer\":\"kill-$1-$q:" >>"$confirmed"
  done
  confirmed_now=$n
}

torn=0
repairs=0
# verify: the history holds every confirmed record once, and only complete lines but a torn last one;
# a torn or bad line is then repaired by the next start of the tool, which is checked too.
verify() {
  local file="$data/history.jsonl" bad last_torn=0
  [ -f "$file" ] || { [ -s "$confirmed" ] && fail "records were confirmed but there is no history.jsonl"; return 0; }
  if [ -s "$file" ] && [ "$(tail -c1 "$file" | od -An -c | tr -d ' ')" != '\n' ]; then
    last_torn=1
  fi
  bad=$(head -n "$(wc -l <"$file")" "$file" | grep -cvE '^\{"schemaVersion":1,.*"overtime":(true|false)(,"source":"[a-z]+")?\}$' || true)
  if [ "$last_torn" = 1 ] || [ "$bad" -gt 0 ]; then
    torn=$((torn + last_torn))
    local before_aside
    before_aside=$(ls "$data" | grep -c 'corrupt' || true)
    printf '' | "${tool_cmd[@]}" interview --ids 1 --data-dir "$data" >"$work/repair.out" 2>"$work/repair.err" \
      || fail "the start after a torn line failed: $(cat "$work/repair.err")"
    grep -q 'unreadable line' "$work/repair.err" || fail "a torn or bad line was not reported: $(cat "$work/repair.err")"
    [ "$(ls "$data" | grep -c 'corrupt' || true)" -gt "$before_aside" ] || fail "the damaged file was not moved aside"
    bad=$(grep -cvE '^\{"schemaVersion":1,.*"overtime":(true|false)(,"source":"[a-z]+")?\}$' "$file" || true)
    [ "$bad" -eq 0 ] || fail "after the repair history.jsonl still has $bad bad lines"
    repairs=$((repairs + 1))
  fi
  local missing duplicates
  missing=$(grep -cvF -f <(grep -oE '"answer":"(kill|conc)-[0-9a-z-]+:' "$file") "$confirmed" || true)
  [ -s "$confirmed" ] || missing=0
  [ "$missing" -eq 0 ] || fail "$missing confirmed record(s) missing, e.g. $(grep -vF -f <(grep -oE '"answer":"(kill|conc)-[0-9a-z-]+:' "$file") "$confirmed" | head -1)"
  duplicates=$(grep -oE '"answer":"(kill|conc)-[0-9a-z-]+:' "$file" | sort | uniq -d | wc -l)
  [ "$duplicates" -eq 0 ] || fail "$duplicates record(s) written twice"
  return 0
}

# Calibration: how long one whole interview takes here, so that kills land all over it.
started=$(now_ms)
start calibrate "$work/calibrate"
first=0
while kill -0 "$pid" 2>/dev/null; do
  if [ "$first" = 0 ] && grep -q 'kept in the history' "$work/calibrate.out"; then
    first=$(( $(now_ms) - started ))
  fi
  sleep 0.005
done
wait "$pid" || fail "the calibration run failed: $(cat "$work/calibrate.err")"
span=$(( $(now_ms) - started ))
[ "$first" -gt 0 ] || first=$((span / 2))
note_confirmed calibrate "$work/calibrate"
[ "$confirmed_now" -eq "$questions" ] || fail "the calibration run kept $confirmed_now of $questions answers"
verify
echo "kill-test: seed $seed; one interview of $questions answers takes ${span} ms, the first answer is kept" \
  "after ${first} ms"

# The checker must be able to see damage: a torn record planted at the end of the file has to be
# reported and set aside by the next start, with every confirmed record kept.
head -c 80 "$data/history.jsonl" >>"$data/history.jsonl"
verify
[ "$repairs" -eq 1 ] || fail "the planted torn line went unnoticed"

# Phase 1: one interview at a time, killed at a random moment; two lanes side by side (one per core),
# each with its own data folder and its own random sequence.
kill_lane() {
  local lane=$1 runs=0 killed=0 records=0 phase_start target
  data="$work/data-$lane"
  confirmed="$work/confirmed-$lane.txt"
  : >"$confirmed"
  torn=0 repairs=0
  RANDOM=$((seed + lane))
  phase_start=$(now_ms)
  while [ "$runs" -lt "$max_runs" ] && [ $(( $(now_ms) - phase_start )) -lt $((budget * 1000)) ]; do
    runs=$((runs + 1))
    start "$lane-$runs" "$work/run-$lane"
    # The kill moment follows the run's progress, not the clock (two lanes share the cores, so times
    # vary): wait until it has kept k answers (k from 0 to all), then a few more milliseconds. k = 0
    # kills at any moment of the start-up.
    target=$((RANDOM % (questions + 1)))
    if [ "$target" -eq 0 ]; then
      sleep_ms $(( (RANDOM * 32768 + RANDOM) % (first + 1) ))
    else
      count_kept "$work/run-$lane.out"
      while [ "$kept" -lt "$target" ] && kill -0 "$pid" 2>/dev/null; do
        nap
        count_kept "$work/run-$lane.out"
      done
      sleep_ms $((RANDOM % 20))
    fi
    if kill -9 "$pid" 2>/dev/null; then
      killed=$((killed + 1))
    fi
    { wait "$pid" || true; } 2>/dev/null
    note_confirmed "$lane-$runs" "$work/run-$lane"
    records=$((records + confirmed_now))
    verify
  done
  echo "$runs $killed $records $torn" >"$work/lane-$lane.counts"
}
kill_lane 1 &
lane1=$!
kill_lane 2 &
lane2=$!
wait "$lane1" || fail "kill lane 1 stopped"
wait "$lane2" || fail "kill lane 2 stopped"
read -r runs1 killed1 records1 torn1 <"$work/lane-1.counts"
read -r runs2 killed2 records2 torn2 <"$work/lane-2.counts"
runs=$((runs1 + runs2)) killed=$((killed1 + killed2)) records=$((records1 + records2)) torn=$((torn1 + torn2 + 1))
echo "kill-test: $runs interviews, $killed killed with SIGKILL mid-run, $records confirmed records, all kept;" \
  "$torn torn last line(s) found and repaired (one of them planted)"

data="$work/data"
confirmed="$work/confirmed.txt"
# Phase 2: several interviews at once into the same folder, one of them sometimes killed.
parallel=3 rounds=0 concurrent_runs=0 concurrent_kills=0 concurrent_records=0 phase_start=$(now_ms)
while [ $(( $(now_ms) - phase_start )) -lt $((concurrent_budget * 1000)) ]; do
  rounds=$((rounds + 1))
  pids=()
  for p in $(seq 1 "$parallel"); do
    start "c$rounds-$p" "$work/conc-$p"
    pids+=("$pid")
  done
  concurrent_runs=$((concurrent_runs + parallel))
  victim=-1
  if [ $((RANDOM % 2)) -eq 0 ]; then
    victim=$((RANDOM % parallel))
    sleep_ms $(( RANDOM % (span * 2 + 1) ))
    kill -9 "${pids[$victim]}" 2>/dev/null && concurrent_kills=$((concurrent_kills + 1))
  fi
  for i in "${!pids[@]}"; do
    if { wait "${pids[$i]}"; } 2>/dev/null; then :; elif [ "$i" -ne "$victim" ]; then
      fail "interview $i of round $rounds failed: $(cat "$work/conc-$((i + 1)).err")"
    fi
  done
  for p in $(seq 1 "$parallel"); do
    note_confirmed "c$rounds-$p" "$work/conc-$p"
    concurrent_records=$((concurrent_records + confirmed_now))
  done
  verify
done
echo "kill-test: $rounds rounds of $parallel interviews at once ($concurrent_runs runs, $concurrent_kills killed)," \
  "$concurrent_records confirmed records, all kept"
# Phase 3: reviews. A review prints "ID  REASON  GRADE  next review in ..." on standard output after
# its record is appended and fsynced and the card state updated. After every run the history must
# hold at least the confirmed reviews and at most one more per kill (a record written but not yet
# confirmed), and the card state, as the next start sees it, must count every record of the history.
# Every run grades new questions, so a data folder serves a few runs and is then replaced by a new one.
review_folders=0 review_confirmed=0 review_kills=0 review_runs=0
new_review_folder() {
  review_folders=$((review_folders + 1))
  review_data="$work/reviews-$review_folders"
  folder_confirmed=0 folder_kills=0
}
new_review_folder
review_start() {
  printf 'good\n%.0s' $(seq 1 "$questions") \
    | "${tool_cmd[@]}" review --limit "$questions" --new 50 --data-dir "$review_data" >"$1.out" 2>"$1.err" &
  pid=$!
}
review_records() {
  if [ -f "$review_data/history.jsonl" ]; then grep -c '"source":"review"}$' "$review_data/history.jsonl" || true
  else echo 0; fi
}
verify_reviews() {
  local records n reps
  printf '' | "${tool_cmd[@]}" review --limit 1 --data-dir "$review_data" >"$work/rcheck.out" 2>"$work/rcheck.err" \
    || fail "the review after a kill failed: $(cat "$work/rcheck.err")"
  if grep -q 'cards.json' "$work/rcheck.err"; then fail "the card state was damaged: $(grep cards.json "$work/rcheck.err")"; fi
  records=$(review_records)
  [ "$records" -ge "$folder_confirmed" ] || fail "$folder_confirmed reviews confirmed, only $records in the history"
  [ "$records" -le $((folder_confirmed + folder_kills)) ] \
    || fail "$records reviews in the history: more than the $folder_confirmed confirmed plus one per kill"
  [ -f "$review_data/cards.json" ] || { [ "$records" -eq 0 ] && return 0; fail "no cards.json"; }
  n=$(wc -l <"$review_data/history.jsonl")
  grep -q "\"records\" : $n," "$review_data/cards.json" || fail "cards.json does not stand for the $n records of the history"
  reps=$(grep -oE '"reps" : [0-9]+' "$review_data/cards.json" | awk '{ s += $3 } END { print s + 0 }')
  [ "$reps" -eq "$n" ] || fail "cards.json counts $reps reviews; the history has $n"
}
started=$(now_ms)
review_start "$work/review"
wait "$pid" || fail "the calibration review failed: $(cat "$work/review.err")"
review_span=$(( $(now_ms) - started ))
folder_confirmed=$(grep -c '  next review in ' "$work/review.out" || true)
review_confirmed=$folder_confirmed
review_runs=1
verify_reviews
phase_start=$(now_ms)
while [ $(( $(now_ms) - phase_start )) -lt $((review_budget * 1000)) ]; do
  review_runs=$((review_runs + 1))
  [ $((review_runs % 6)) -eq 0 ] && new_review_folder
  review_start "$work/review"
  sleep_ms $(( (RANDOM * 32768 + RANDOM) % (review_span + 1) ))
  kill -9 "$pid" 2>/dev/null && folder_kills=$((folder_kills + 1)) review_kills=$((review_kills + 1))
  { wait "$pid" || true; } 2>/dev/null
  confirmed_now=$(grep -c '  next review in ' "$work/review.out" || true)
  folder_confirmed=$((folder_confirmed + confirmed_now)) review_confirmed=$((review_confirmed + confirmed_now))
  verify_reviews
done
single_review_runs=$review_runs single_review_kills=$review_kills
# Three reviews at once into the same folder, one of them sometimes killed.
phase_start=$(now_ms)
while [ $(( $(now_ms) - phase_start )) -lt $((concurrent_budget * 1000)) ]; do
  new_review_folder
  pids=()
  for p in 1 2 3; do
    review_start "$work/rconc-$p"
    pids+=("$pid")
  done
  review_runs=$((review_runs + 3))
  victim=-1
  if [ $((RANDOM % 2)) -eq 0 ]; then
    victim=$((RANDOM % 3))
    sleep_ms $(( RANDOM % (review_span * 2 + 1) ))
    kill -9 "${pids[$victim]}" 2>/dev/null && folder_kills=$((folder_kills + 1)) review_kills=$((review_kills + 1))
  fi
  for i in 0 1 2; do
    if { wait "${pids[$i]}"; } 2>/dev/null; then :; elif [ "$i" -ne "$victim" ]; then
      fail "review $i of a concurrent round failed: $(cat "$work/rconc-$((i + 1)).err")"
    fi
    confirmed_now=$(grep -c '  next review in ' "$work/rconc-$((i + 1)).out" || true)
    folder_confirmed=$((folder_confirmed + confirmed_now)) review_confirmed=$((review_confirmed + confirmed_now))
  done
  verify_reviews
done
echo "kill-test: $review_runs reviews ($single_review_runs one at a time, the rest three at once)," \
  "$review_kills killed with SIGKILL, $review_confirmed confirmed grades, all kept; the card state matched the history" \
  "after every run"
echo "kill-test: passed (seed $seed): $((runs + concurrent_runs + 1)) interviews and $review_runs reviews," \
  "$((killed + concurrent_kills + review_kills)) kills survived," \
  "$((records + concurrent_records + questions + review_confirmed)) confirmed records kept"
