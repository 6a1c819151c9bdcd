#!/usr/bin/env bash
# The scheduled entry of conferral: one incremental run over the configured input folder, logged to a
# dated file, old logs rotated. Called by jobs/systemd/conferral-nightly.timer or by cron
# (jobs/crontab.example). Extra arguments are passed to `conferral run` and override the config file,
# e.g. `jobs/nightly.sh --full` for a rebuild.
#
# Environment:
#   CONFERRAL_CONF      settings file (default: jobs/conferral.conf, see jobs/conferral.conf.example)
#   CONFERRAL_LOG_DIR   where run logs go (default: logs/ beside jobs/)
#   CONFERRAL_KEEP_LOGS how many run logs to keep (default 30); older ones are deleted, all but the
#                       newest are gzipped
#   CONFERRAL_HEAP      JVM heap for local mode (default 4g, read by jobs/conferral)
#   CONFERRAL_LAUNCHER  the command that runs the job (default: jobs/conferral; jobs/spark-submit.sh
#                       for a cluster)
#
# Exit codes (the job's own, passed through for the scheduler):
#   0 published, or nothing new since the last run
#   1 the job failed; the last published run is intact; the next run completes the work
#   2 bad options, configuration or unreadable input/output: fix the setup
#   3 a source rejected more than max_reject_share of its records: inspect the input, nothing published
#   4 another run holds OUTPUT/.lock: a previous night still running (a dead holder's lock is taken over)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
conf="${CONFERRAL_CONF:-$here/jobs/conferral.conf}"
log_dir="${CONFERRAL_LOG_DIR:-$here/logs}"
keep_logs="${CONFERRAL_KEEP_LOGS:-30}"
launcher="${CONFERRAL_LAUNCHER:-$here/jobs/conferral}"

if [ ! -r "$conf" ]; then
  echo "conferral nightly: cannot read the settings file $conf (set CONFERRAL_CONF;" \
    "start from jobs/conferral.conf.example)" >&2
  exit 2
fi
mkdir -p "$log_dir" || exit 2
log="$log_dir/nightly-$(date -u +%Y%m%dT%H%M%SZ).log"

(
  echo "conferral nightly: start $(date -u +%FT%TZ) host $(hostname) config $conf"
  "$launcher" run --config "$conf" "$@"
  code=$?
  case $code in
    0) what="ok" ;;
    1) what="failed (last published run intact; rerun completes it)" ;;
    2) what="bad options, configuration or input" ;;
    3) what="too many rejected records in a source; not published" ;;
    4) what="output locked by another run" ;;
    *) what="killed or crashed" ;;
  esac
  echo "conferral nightly: end $(date -u +%FT%TZ) exit $code: $what"
  exit $code
) 2>&1 | tee -a "$log"
code=${PIPESTATUS[0]}

# Rotation: keep the newest $keep_logs logs; compress all but the newest.
mapfile -t logs < <(ls -1t "$log_dir"/nightly-*.log "$log_dir"/nightly-*.log.gz 2>/dev/null)
for i in "${!logs[@]}"; do
  f="${logs[$i]}"
  if [ "$i" -ge "$keep_logs" ]; then
    rm -f -- "$f"
  elif [ "$i" -ge 1 ] && [[ "$f" == *.log ]]; then
    gzip -q -- "$f"
  fi
done
exit $code
