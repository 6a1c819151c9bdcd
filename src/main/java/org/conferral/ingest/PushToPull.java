package org.conferral.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs a push-style producer (a reader sending records to a sink) on its own thread and hands its items
 * out as a pull-style iterator (what Spark's {@code mapPartitions} wants), through a bounded queue, so
 * that memory stays flat however large a file is. Items cross the queue in batches of {@value #BATCH}:
 * one hand-off per item cost as much as the parse.
 */
final class PushToPull<T> implements Iterator<T> {
  static final int BATCH = 512;
  private static final List<Object> END = List.of();
  private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(16);
  private volatile Throwable failure;
  private List<Object> batch = new ArrayList<>(BATCH);
  private List<Object> current = new ArrayList<>();
  private int at;
  private boolean ended;

  PushToPull(String name, Consumer<Consumer<T>> producer) {
    Thread t =
        new Thread(
            () -> {
              try {
                producer.accept(this::add);
                flush();
              } catch (Throwable e) {
                failure = e;
              } finally {
                put(END);
              }
            },
            name);
    t.setDaemon(true);
    t.start();
  }

  private void add(T item) {
    batch.add(item);
    if (batch.size() == BATCH) {
      flush();
    }
  }

  private void flush() {
    if (!batch.isEmpty()) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  private void put(List<Object> items) {
    try {
      queue.put(items);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  @Override
  public boolean hasNext() {
    while (at == current.size() && !ended) {
      try {
        current = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
      at = 0;
      if (current == END) {
        ended = true;
      }
    }
    if (ended && at == current.size()) {
      if (failure != null) {
        throw new IllegalStateException("ingest failed: " + failure, failure);
      }
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return (T) current.get(at++);
  }
}
