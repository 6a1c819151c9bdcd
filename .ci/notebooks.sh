#!/usr/bin/env bash
# CI, after the tests (`mvn verify`): installs what the notebooks and the report check need, runs the
# job on data/sample, executes every notebook headless against that run, and renders the run's
# summary.html (and the test suite's demo page, target/report-demo/summary.html, whose charts carry
# data) in headless Chromium: no console errors, every chart drawn, the screenshot not blank.
# Any failure fails the script. Output: $CONFERRAL_OUTPUT (default out/sample).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export CONFERRAL_OUTPUT="${CONFERRAL_OUTPUT:-$root/out/sample}"
export PYDEVD_DISABLE_FILE_VALIDATION=1
charts_expected=6 # HtmlReport.CHARTS
packages=(python3-pandas python3-matplotlib jupyter-nbconvert python3-ipykernel python3-nbclient
  chromium)

echo "== notebooks: installing ${packages[*]}"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y -q "${packages[@]}" >/tmp/notebooks-apt.log 2>&1; then
  $sudo apt-get update -q >>/tmp/notebooks-apt.log 2>&1
  $sudo apt-get install -y -q "${packages[@]}" >>/tmp/notebooks-apt.log 2>&1 ||
    { tail -20 /tmp/notebooks-apt.log; echo "FAIL: apt-get install"; exit 1; }
fi
# Debian's python3 and Jupyter, not a pyenv python3 earlier on PATH
export PATH="/usr/bin:/bin:$PATH"

echo "== notebooks: job on data/sample -> $CONFERRAL_OUTPUT"
jobs/conferral run --input data/sample --output "$CONFERRAL_OUTPUT"
run_id="$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run_id"])' \
  "$CONFERRAL_OUTPUT/manifest.json")"
run="$CONFERRAL_OUTPUT/runs/$run_id"
for f in summary.md summary.html rates.csv rates.json motion_outcomes.csv conferral_denials.csv; do
  [ -s "$run/report/$f" ] || { echo "FAIL: report/$f missing or empty in run $run_id"; exit 1; }
done

echo "== notebooks: executing"
executed="$run/notebooks"
mkdir -p "$executed"
for nb in notebooks/*.ipynb; do
  echo "-- $nb"
  /usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
    --output-dir "$executed" "$nb"
  /usr/bin/python3 - "$executed/$(basename "$nb")" <<'EOF'
import json, sys
cells = json.load(open(sys.argv[1]))["cells"]
images = sum(1 for c in cells for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
errors = [o for c in cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
if errors or images == 0:
    sys.exit(f"FAIL: {sys.argv[1]}: {len(errors)} error output(s), {images} figure(s)")
print(f"   {images} figure(s), no errors")
EOF
done

echo "== notebooks: summary.html in headless Chromium"
check_page() { # page, screenshot, min share of coloured pixels
  local page="$1" png="$2" min_colour="$3" profile log title
  profile="$(mktemp -d)"
  log="$(mktemp)"
  local flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile"
    --enable-logging=stderr --v=0 --virtual-time-budget=10000)
  title="$(timeout 180 chromium "${flags[@]}" --dump-dom "file://$page" 2>"$log" |
    grep -o '<title>[^<]*</title>' || true)"
  if grep -q ':CONSOLE' "$log"; then
    grep ':CONSOLE' "$log"
    echo "FAIL: console messages rendering $page"
    exit 1
  fi
  if [ "$title" != "<title>charts:$charts_expected</title>" ]; then
    echo "FAIL: $page: expected charts:$charts_expected drawn, page title is '$title'"
    exit 1
  fi
  timeout 180 chromium "${flags[@]}" --screenshot="$png" --window-size=1400,3000 \
    "file://$page" 2>>"$log"
  /usr/bin/python3 - "$png" "$min_colour" <<'EOF'
import sys
import matplotlib.image as mpimg
img = mpimg.imread(sys.argv[1])[..., :3]
ink = (img.min(axis=2) < 0.9).mean()                    # anything not near white
colour = ((img.max(axis=2) - img.min(axis=2)) > 0.25).mean()  # saturated: chart marks
print(f"   {sys.argv[1]}: {ink:.1%} ink, {colour:.2%} coloured")
if ink < 0.01 or colour < float(sys.argv[2]):
    sys.exit(f"FAIL: {sys.argv[1]} looks blank (ink {ink:.1%}, coloured {colour:.2%})")
EOF
  rm -rf "$profile" "$log"
}
check_page "$run/report/summary.html" "$run/report/summary.png" 0
demo="$root/target/report-demo/summary.html"
[ -s "$demo" ] || { echo "FAIL: $demo missing: run the tests (HtmlReportTest) first"; exit 1; }
check_page "$demo" "$root/target/report-demo/summary.png" 0.02
echo "== notebooks: OK (run $run_id, executed notebooks in $executed)"
