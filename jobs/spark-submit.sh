#!/usr/bin/env bash
# Runs conferral on a cluster (standalone, YARN, Kubernetes) with spark-submit and the shaded jar
# target/conferral-0.1.0-SNAPSHOT-spark.jar (build it with `mvn -B -DskipTests package`). Arguments are
# those of `conferral run`, e.g.
#   SPARK_MASTER=yarn jobs/spark-submit.sh run --config /etc/conferral/conferral.conf
#   jobs/spark-submit.sh run --input hdfs:///exports --output hdfs:///conferral
# Use it as CONFERRAL_LAUNCHER for jobs/nightly.sh. Paths go through Hadoop's FileSystem, so hdfs://
# and s3a:// inputs and outputs work; the --config file is read on the driver (use client deploy mode
# or a file present on the driver).
#
# Environment: SPARK_HOME (spark-submit from PATH otherwise), SPARK_MASTER (default local[*]),
# SPARK_DEPLOY_MODE (default client), CONFERRAL_DRIVER_MEMORY (4g), CONFERRAL_EXECUTOR_MEMORY (4g),
# CONFERRAL_SUBMIT_ARGS (more spark-submit options, e.g. "--num-executors 8").
# Exit codes are the job's (see jobs/nightly.sh) when the driver runs in client mode.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/conferral-0.1.0-SNAPSHOT-spark.jar"
if [ ! -f "$jar" ]; then
  echo "conferral: $jar is missing; build it with: mvn -B -DskipTests package" >&2
  exit 2
fi
submit="spark-submit"
if [ -n "${SPARK_HOME:-}" ]; then
  submit="$SPARK_HOME/bin/spark-submit"
fi
source "$here/jobs/java-opens.sh"
jvm="-Dlog4j2.configurationFile=classpath:conferral-log4j2.properties ${tuning[*]}"
# shellcheck disable=SC2086
exec "$submit" \
  --class org.conferral.cli.Conferral \
  --name conferral \
  --master "${SPARK_MASTER:-local[*]}" \
  --deploy-mode "${SPARK_DEPLOY_MODE:-client}" \
  --driver-memory "${CONFERRAL_DRIVER_MEMORY:-4g}" \
  --executor-memory "${CONFERRAL_EXECUTOR_MEMORY:-4g}" \
  --conf "spark.driver.extraJavaOptions=$jvm" \
  --conf "spark.executor.extraJavaOptions=$jvm" \
  --conf spark.ui.showConsoleProgress=false \
  ${CONFERRAL_SUBMIT_ARGS:-} \
  "$jar" "$@"
