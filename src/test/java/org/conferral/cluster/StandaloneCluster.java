package org.conferral.cluster;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on loopback for tests: a master and {@code workers} workers, each a
 * separate {@code java} process on the test JVM's Spark jars, with a {@code SPARK_HOME} whose
 * {@code jars/} links to those jars. {@link #close} stops every process it started, and their children
 * (the executors), by process id.
 */
final class StandaloneCluster implements AutoCloseable {
  private final Path home;
  private final Path logs;
  private final List<Process> processes = new ArrayList<>();
  private final int port;

  StandaloneCluster(Path dir, int workers) throws IOException, InterruptedException {
    this.home = dir.resolve("spark-home");
    this.logs = Files.createDirectories(dir.resolve("logs"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      Path link = jars.resolve(jar.getFileName());
      if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !Files.exists(link)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    this.port = freePort();
    try {
      Process master = start("master", List.of("org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort())));
      awaitLog("master", master, "I have been elected leader", 90);
      for (int i = 0; i < workers; i++) {
        Process w = start("worker-" + i, List.of("org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
            "--webui-port", Integer.toString(freePort()), masterUrl()));
        awaitLog("worker-" + i, w, "Successfully registered with master", 90);
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + port;
  }

  /** The JVM options of this test JVM that Spark needs on Java 17 (module opens and the like). */
  static List<String> jvmOptions() {
    List<String> opts = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("--add-modules") || a.startsWith("-XX:+Ignore")
          || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty")) {
        opts.add(a);
      }
    }
    return opts;
  }

  /** Starts {@code java -cp SPARK_HOME/jars/* ARGS}, logging to {@code logs/NAME.log}. */
  Process start(String name, List<String> mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.addAll(jvmOptions());
    cmd.add("-cp");
    cmd.add(home.resolve("jars") + File.separator + "*");
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(log(name).toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_LOG_DIR", logs.toString());
    pb.environment().put("SPARK_WORKER_DIR", logs.resolve("work").toString());
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  Path log(String name) {
    return logs.resolve(name + ".log");
  }

  String tail(String name) {
    try {
      List<String> lines = Files.readAllLines(log(name));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private void awaitLog(String name, Process p, String marker, int seconds)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.readString(log(name)).contains(marker)) {
        return;
      }
      if (!p.isAlive()) {
        throw new IllegalStateException(name + " exited with " + p.exitValue() + ":\n" + tail(name));
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not ready after " + seconds + " s:\n" + tail(name));
  }

  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      List<ProcessHandle> children = p.descendants().toList();
      p.destroy();
      children.forEach(ProcessHandle::destroy);
      try {
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
    processes.clear();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
