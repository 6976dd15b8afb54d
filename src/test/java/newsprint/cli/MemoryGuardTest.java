package newsprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Running out of memory is reported as such however it arrives. */
class MemoryGuardTest {
    @Test
    void aMemoryErrorIsFoundWrappedByTheVmOrByAPageThread() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        // a lambda linked while memory runs out (picocli reading annotations as the command line is built)
        assertThat(MemoryGuard.outOfMemoryIn(new InternalError(oom))).isSameAs(oom);
        // an edition's page thread
        assertThat(MemoryGuard.outOfMemoryIn(new CompletionException(new IllegalStateException(oom)))).isSameAs(oom);
        assertThat(MemoryGuard.outOfMemoryIn(oom)).isSameAs(oom);
        assertThat(MemoryGuard.outOfMemoryIn(new InternalError("a bug"))).isNull();
        assertThat(MemoryGuard.outOfMemoryIn(new IllegalStateException(new java.io.IOException()))).isNull();
    }
}
