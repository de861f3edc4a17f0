#!/usr/bin/env bash
# End-to-end check of `gru-drill interview` as a person sees it: runs the real jar in tmux at 80x24,
# types with send-keys and reads the screen with capture-pane.
#
#   src/test/e2e/interview-tmux.sh target/gru-drill.jar
#
# Checks: the countdown ticks (the number on the status line goes down), a good answer to Q2 and a bad
# one to Q6 get their grading screens, Q17 times out and is submitted as it stands,
# the summary appears, the history holds all three and cards.json their cards; a Ctrl-C at the fourth question keeps the history;
# two interviews at once both keep their records; closing the terminal keeps what was graded. Every wait is bounded; the whole run takes about 2 min.
set -euo pipefail

jar=${1:?usage: interview-tmux.sh PATH/TO/gru-drill.jar}
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
[ -f "$jar" ] || { echo "e2e: no jar at $jar (run mvn package first)" >&2; exit 1; }

if ! command -v tmux >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "e2e: installing tmux"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux) >/dev/null
  else
    echo "e2e: tmux is needed for this test and is not installed (install it, e.g. 'apt-get install tmux')" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
sock="gru-drill-e2e-$$"
t() { tmux -L "$sock" "$@"; }
cleanup() { t kill-server >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

fail() {
  echo "e2e: FAILED: $*" >&2
  for pane in $(t list-panes -a -F '#{session_name}' 2>/dev/null); do
    echo "---- screen of $pane ----" >&2
    t capture-pane -p -t "$pane" >&2 || true
  done
  exit 1
}

# wait_for SESSION TEXT [SECONDS]: until the screen shows TEXT.
wait_for() {
  local session=$1 text=$2 limit=${3:-15} waited=0
  until t capture-pane -p -t "$session" | grep -qF -- "$text"; do
    sleep 0.2
    waited=$((waited + 1))
    [ "$waited" -lt $((limit * 5)) ] || fail "screen of $session never showed: $text"
  done
}

start() { # start SESSION ARGS...: an interview in its own 80x24 tmux session
  local session=$1
  shift
  t new-session -d -s "$session" -x 80 -y 24 \
    "cd '$work' && TERM=xterm-256color java -jar '$jar' interview --data-dir '$work/data' $* 2>'$work/$session.err'; echo EXITED \$?; sleep 60"
}

seconds_left() { # the countdown on the status line, in seconds
  t capture-pane -p -t "$1" | grep -oE '[0-9]+:[0-9]{2} left of' | tail -1 | awk -F'[: ]' '{print $1 * 60 + $2}'
}

say() { echo "e2e: $*"; }

# ---- 1. Q2 well, Q6 badly, Q17 times out ----
start main --ids 2,6,17 --time 30s
wait_for main "Question 1 of 3 · gru-02" 30
wait_for main "left of 0:30"
first=$(seconds_left main)
sleep 2.5
second=$(seconds_left main)
[ -n "$first" ] && [ -n "$second" ] && [ "$second" -lt "$first" ] || fail "countdown did not tick: $first then $second"
say "countdown ticks: ${first}s then ${second}s left"

t send-keys -t main "A GRU has two gates: the reset gate r_t and the update gate z_t, both sigmoid" Enter \
  "outputs between 0 and 1. The reset gate decides how much of the previous state" Enter \
  "enters the candidate. The update gate decides how much of the old state to keep." Enter \
  "It couples the LSTM forget gate and input gate: an additive path." Enter \
  "Short-term and long-term dependencies. There is no output gate." Enter Enter
wait_for main "Covered 6 of 6 key points (100%)"
wait_for main "Suggested grade: Easy"
wait_for main "1 Again (1m) · 2 Hard (6m) · 3 Good (10m) · 4 Easy (8d)"
t capture-pane -p -t main > "$work/grading-q2.txt"
t send-keys -t main 3
wait_for main "Kept in your history as Good · next review in 10m."
t send-keys -t main Enter
say "Q2: graded 6 of 6, confirmed as Good"

wait_for main "Question 2 of 3 · gru-06"
t send-keys -t main "The output gate controls what leaves the cell." Enter Enter
wait_for main "Covered 0 of 7 key points (0%)"
wait_for main "Suggested grade: Again (0% covered, a misconception)"
t send-keys -t main Space
wait_for main 'You said "output gate'
t send-keys -t main Enter
wait_for main "Kept in your history as Again · next review in 1m."
t send-keys -t main Enter
say "Q6: misconception flagged, Again"

wait_for main "Question 3 of 3 · gru-17"
t send-keys -t main "The reset gate lets the unit forget"
wait_for main "Time is up: your answer was submitted as it stood." 40
wait_for main "Suggested grade: Again"
t send-keys -t main 2
wait_for main "f: a bonus follow-up"
t send-keys -t main Enter
wait_for main "Interview summary"
wait_for main "Overall: "
grep -q "Again 1 · Hard 1 · Good 1" <(t capture-pane -p -t main) || fail "summary should count Again 1 · Hard 1 · Good 1"
t capture-pane -p -t main > "$work/summary.txt"
wait_for main "EXITED 0"
[ "$(wc -l < "$work/data/history.jsonl")" -eq 3 ] || fail "history should hold 3 records: $(cat "$work/data/history.jsonl")"
grep -q '"questionId":"gru-17".*"overtime":true' "$work/data/history.jsonl" || fail "gru-17 not kept as overtime"
for id in gru-02 gru-06 gru-17; do
  grep -q "\"$id\" : {" "$work/data/cards.json" || fail "cards.json has no state for $id"
done
say "Q17: timed out, submitted as it stood; summary shown; history holds 3 records, cards.json their cards"

# ---- 2. Ctrl-C at the fourth question keeps the history ----
start abort --ids 2,6,17,2 --time 30s --no-timer
wait_for abort "Question 1 of 4"
for q in 1 2 3; do
  wait_for abort "Question $q of 4"
  t send-keys -t abort "reset gate and update gate" Enter Enter
  wait_for abort "1 Again ("
  t send-keys -t abort 2
  wait_for abort "f: a bonus follow-up"
  t send-keys -t abort Enter
done
wait_for abort "Question 4 of 4"
t send-keys -t abort "half an answer" C-c
wait_for abort "End the interview? Answers graded so far are kept. [y/N]"
t send-keys -t abort y
wait_for abort "The interview was ended by you during question 4."
wait_for abort "EXITED 0"
[ "$(wc -l < "$work/data/history.jsonl")" -eq 6 ] || fail "after Ctrl-C the history should hold 6 records"
say "Ctrl-C at question 4: the 3 graded answers were kept"

# ---- 3. two interviews at once both keep their records ----
start one --ids 2
start two --ids 6
wait_for one "Question 1 of 1"
wait_for two "Question 1 of 1"
t send-keys -t one "reset gate and update gate" Enter Enter
t send-keys -t two "reset gate sigmoid" Enter Enter
wait_for one "Suggested grade"
wait_for two "Suggested grade"
t send-keys -t one 1
t send-keys -t two 1
for s in one two; do
  wait_for "$s" "f: a bonus follow-up"
  t send-keys -t "$s" Enter
  wait_for "$s" "EXITED 0"
done
[ "$(wc -l < "$work/data/history.jsonl")" -eq 8 ] || fail "two interviews at once should add 2 records"
[ "$(cut -d'"' -f10 "$work/data/history.jsonl" | sort -u | wc -l)" -eq 4 ] || fail "expected 4 interview ids in the history"
say "two interviews at once: both records kept"

# ---- 4. a closed terminal (SIGHUP) loses nothing already graded ----
start hup --ids 2,6
wait_for hup "Question 1 of 2"
t send-keys -t hup "reset gate and update gate" Enter Enter
wait_for hup "Suggested grade"
t send-keys -t hup 1
wait_for hup "Kept in your history as Again"
t send-keys -t hup Enter
wait_for hup "Question 2 of 2"
t send-keys -t hup "typing when the window closes"
t kill-session -t hup
sleep 1
[ "$(wc -l < "$work/data/history.jsonl")" -eq 9 ] || fail "after SIGHUP the graded answer should be kept"
tail -1 "$work/data/history.jsonl" | grep -q '"grade":"again".*}$' || fail "the last record is not complete"
grep -q '"records" : 9' "$work/data/cards.json" || fail "cards.json should reflect the 9 history records"
say "closed terminal: the graded answer was kept, the unfinished one dropped; cards.json in step"

echo "---- grading screen (Q2) ----"
cat "$work/grading-q2.txt"
echo "---- summary ----"
cat "$work/summary.txt"
say "all checks passed"
