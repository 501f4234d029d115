package org.serviceportal.platform.change;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Values computed from the database and kept per key until a change makes them stale: the keyed
 * variant of {@link Snapshot}, for figures a reader computes many at a time from one read (the
 * availability of each ended month, each ended day) and keeps one by one.
 * <ul>
 * <li>A reader takes the {@link #generation()} before it reads the data, computes, and offers each
 * value with that generation ({@link #keep}).</li>
 * <li>{@link #invalidate} (call it from the observer of a {@link CommittedChange}, after success)
 * forgets the values it names and raises the generation: a value computed from a read before it is
 * not kept, whichever key it has. So, as with {@link Snapshot}, a value read before a commit is
 * never kept after it.</li>
 * </ul>
 * Values have no time boundary: keep only values that change with the data alone (figures of
 * periods that have ended).
 *
 * @param <K> the key, with a value-based {@code equals}
 * @param <V> the value, immutable
 */
public final class KeyedSnapshot<K, V> {

    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The generation to offer values with: take it before reading what they are computed from. */
    public long generation() {
        return generation.get();
    }

    /** The value kept for the key; {@code null} when none is. */
    public V get(K key) {
        return values.get(key);
    }

    /** Whether a value is kept for the key. */
    public boolean contains(K key) {
        return values.containsKey(key);
    }

    /**
     * Keeps a value computed from a read made at {@code generation}, unless something was invalidated
     * since. Returns whether it is kept.
     */
    public boolean keep(K key, V value, long generation) {
        Objects.requireNonNull(value, "value");
        if (this.generation.get() != generation) {
            return false;
        }
        values.put(key, value);
        // an invalidation between the check and the put raised the generation first: undo the put
        if (this.generation.get() != generation) {
            values.remove(key, value);
            return false;
        }
        return true;
    }

    /** Forgets the values whose keys match and makes every value read before stale. */
    public void invalidate(Predicate<? super K> which) {
        generation.incrementAndGet();
        values.keySet().removeIf(which);
    }

    /** Forgets every value. */
    public void invalidateAll() {
        generation.incrementAndGet();
        values.clear();
    }

    /**
     * Drops values that are no longer asked for (to bound memory). Unlike {@link #invalidate} it says
     * nothing about the data, so builds running now still keep their values.
     */
    public void forget(Predicate<? super K> which) {
        values.keySet().removeIf(which);
    }

    /** How many values are kept. */
    public int size() {
        return values.size();
    }
}
