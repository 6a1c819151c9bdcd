# The JVM options Spark 4 needs on Java 17 (module opens), as the array `opens`, and conferral's JVM
# tuning, as the array `tuning`; sourced by the scripts in jobs/ that start a JVM with Spark in it.
opens=(
  -XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
)

# The JVM's tuning for a batch job on few cores, as the array `tuning`. Most of a run's CPU beyond the
# ingest pass was the JIT: at 1M bench entries C2 compiled for 36 s of a 71-CPU-second run, much of
# it Spark's planner, Janino and ASM code that runs a few thousand times. C2 now waits for ten times
# the calls and loops it waits for by default, so only really hot code (the pass) is compiled by it;
# and the throughput collector replaces G1 (a batch job does not need G1's short pauses).
# At 5M entries, alternating runs: 74.6 s (median of 3) with neither, 67.0 s (median of 3) with the
# thresholds alone, 63.7 and 65.0 s with both. jobs/spark-submit.sh passes the same options to the
# driver and the executors.
tuning=(
  -XX:+UseParallelGC
  -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
  -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000
)
