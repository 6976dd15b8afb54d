package newsprint.finish;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A map of the entries used least lately bounded by the bytes its values hold: a value put past
 * the bound pushes out the oldest until the rest fit (the newest is always kept). Its count stays
 * exact through replacements, removals and clearing. Safe on many threads.
 */
final class BoundedCache<K, V> {
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(16, 0.75f, true);
    private final ToLongFunction<V> bytesOf;
    private final long limit;
    private long bytes;

    /** A cache of at most {@code limit} bytes, a value's bytes being {@code bytesOf}. */
    BoundedCache(long limit, ToLongFunction<V> bytesOf) {
        this.limit = limit;
        this.bytesOf = bytesOf;
    }

    synchronized V get(K key) {
        return map.get(key);
    }

    synchronized void put(K key, V value) {
        V old = map.put(key, value);
        bytes += bytesOf.applyAsLong(value) - (old == null ? 0 : bytesOf.applyAsLong(old));
        for (Iterator<V> eldest = map.values().iterator(); bytes > limit && map.size() > 1; ) {
            bytes -= bytesOf.applyAsLong(eldest.next());
            eldest.remove();
        }
    }

    /** Takes the value out: it is the caller's now. */
    synchronized V remove(K key) {
        V value = map.remove(key);
        if (value != null) {
            bytes -= bytesOf.applyAsLong(value);
        }
        return value;
    }

    synchronized void clear() {
        map.clear();
        bytes = 0;
    }

    /** The values, oldest use first, as they are now. */
    synchronized List<V> values() {
        return List.copyOf(map.values());
    }

    /** The bytes the values hold. */
    synchronized long bytes() {
        return bytes;
    }
}
