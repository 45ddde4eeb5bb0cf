package org.volunteernet.reporting.projection.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps live consumption and a rebuild apart. Live polls pass one batch at a time under the shared
 * side; a rebuild holds the exclusive side from emptying the tables until the replay has caught
 * up, so a live event (say, a correction) can never be applied before the history it amends.
 * Held outside any transaction: a consumer waiting here holds no connection and cannot time out.
 */
@ApplicationScoped
public class ProjectionGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public void live(Runnable apply) {
        lock.readLock().lock();
        try {
            apply.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T exclusive(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean rebuilding() {
        return lock.isWriteLocked();
    }
}
