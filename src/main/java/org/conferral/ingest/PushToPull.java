package org.conferral.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs a push-style producer (a reader sending records to a sink) on its own thread and hands its items
 * out as a pull-style iterator (what Spark's {@code mapPartitions} wants), through a bounded queue, so
 * that memory stays flat however large a file is.
 */
final class PushToPull<T> implements Iterator<T> {
  private static final Object END = new Object();
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2048);
  private volatile Throwable failure;
  private Object next;

  PushToPull(String name, Consumer<Consumer<T>> producer) {
    Thread t =
        new Thread(
            () -> {
              try {
                producer.accept(this::put);
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

  private void put(Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
    }
    if (next == END) {
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
    T t = (T) next;
    next = null;
    return t;
  }
}
