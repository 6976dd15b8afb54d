package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The converted photos and their samples are kept within a byte bound: what is taken out gives
 * its bytes back (the samples cache once counted every photo ever handed over and so, soon,
 * kept none but the last), the oldest go first, and the newest stays even when alone too large.
 */
class BoundedCacheTest {
    @Test
    void keepsTheLatelyUsedWithinItsBytesAndCountsWhatIsTakenOut() {
        BoundedCache<String, byte[]> cache = new BoundedCache<>(100, v -> v.length);
        for (int i = 0; i < 10; i++) {
            cache.put("p" + i, new byte[40]);
            assertThat(cache.remove("p" + i)).hasSize(40); // handed over, as the ink measure takes a plate's samples
        }
        assertThat(cache.bytes()).isZero();
        cache.put("a", new byte[40]);
        cache.put("b", new byte[40]);
        assertThat(cache.values()).hasSize(2);
        cache.get("a"); // used lately: b is now the oldest
        cache.put("c", new byte[40]);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.bytes()).isEqualTo(80);
        cache.put("a", new byte[10]); // replaced: counted anew
        assertThat(cache.bytes()).isEqualTo(50);
        cache.put("huge", new byte[500]); // alone over the bound, and still kept
        assertThat(cache.values()).hasSize(1);
        assertThat(cache.bytes()).isEqualTo(500);
        cache.clear();
        assertThat(cache.bytes()).isZero();
    }
}
