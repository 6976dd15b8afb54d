package newsprint.desk;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps the desk live: watches the folders of every file the pages read (page files, photos,
 * ads, layout files, the edition file) and re-makes the pages when one changes. Saves are
 * coalesced: changes that arrive while a refresh runs (or within {@link #SETTLE_MS} of the first)
 * are taken together by the next one, so a burst of saves renders the latest state once, not
 * every state in between.
 */
public final class LiveRefresh implements AutoCloseable {
    /** An editor's save is often a truncate and a write, or a write and a rename: wait this long for the rest of it. */
    static final long SETTLE_MS = 40;

    private final Desk desk;
    private final Consumer<Snapshot> published;
    private final Consumer<String> log;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> pending = new LinkedHashSet<>();
    private final Thread watching;
    private final Thread refreshing;
    private volatile boolean closed;
    /** True from taking the pending changes until the new state is published. */
    private volatile boolean busy;

    public LiveRefresh(Desk desk, Consumer<Snapshot> published, Consumer<String> log) throws IOException {
        this.desk = desk;
        this.published = published;
        this.log = log;
        this.watcher = FileSystems.getDefault().newWatchService();
        watchFolders(desk.snapshot());
        this.watching = new Thread(this::watch, "newsprint-desk-watch");
        this.refreshing = new Thread(this::refreshLoop, "newsprint-desk-refresh");
        watching.setDaemon(true);
        refreshing.setDaemon(true);
        watching.start();
        refreshing.start();
    }

    /** Asks for a refresh as if {@code file} had changed. */
    public void changed(Path file) {
        synchronized (pending) {
            pending.add(file.toAbsolutePath().normalize());
            pending.notifyAll();
        }
    }

    private void watch() {
        try {
            while (!closed) {
                WatchKey key = watcher.take();
                Path folder;
                synchronized (folders) {
                    folder = folders.get(key);
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        changed(desk.source().root()); // events were lost: make everything again
                    } else if (folder != null && event.context() instanceof Path name) {
                        Path file = folder.resolve(name);
                        if (desk.concerns(file)) {
                            changed(file);
                        }
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void refreshLoop() {
        while (!closed) {
            Set<Path> changed;
            try {
                synchronized (pending) {
                    while (pending.isEmpty() && !closed) {
                        pending.wait();
                    }
                }
                Thread.sleep(SETTLE_MS);
                synchronized (pending) {
                    changed = new LinkedHashSet<>(pending);
                    pending.clear();
                    busy = true;
                }
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            try {
                Snapshot before = desk.snapshot();
                long start = System.nanoTime();
                Snapshot s = desk.refresh(changed);
                long millis = (System.nanoTime() - start) / 1_000_000;
                watchFolders(s);
                if (newlyFailed(before, s) && changedAgain()) {
                    continue; // a save was under way (its file read empty or half written): make the pages again before showing anything
                }
                published.accept(s);
                for (PageView p : s.pages()) {
                    PageView was = before.page(p.number());
                    if (was == null || was.version() != p.version()) {
                        log.accept("page " + p.number() + " (" + p.file() + ") made again in " + millis + " ms"
                                + (p.failed() ? ": " + p.failure().message() : " (render and picture " + p.renderMillis() + " ms)"));
                    }
                }
            } catch (RuntimeException e) {
                log.accept("error: the pages could not be made again: " + e);
            } catch (InterruptedException e) {
                return;
            } finally {
                busy = false;
            }
        }
    }

    /** True when a page of {@code after} failed that did not fail, or failed otherwise, in {@code before}. */
    private static boolean newlyFailed(Snapshot before, Snapshot after) {
        for (PageView p : after.pages()) {
            PageView was = before.page(p.number());
            if (p.failed() && (was == null || !p.failure().equals(was.failure()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a file changed again within {@link #SETTLE_MS} of a refresh: its reading may have
     * fallen between an editor's truncate and write, however quiet the files were before it.
     */
    private boolean changedAgain() throws InterruptedException {
        Thread.sleep(SETTLE_MS);
        synchronized (pending) {
            return !pending.isEmpty();
        }
    }

    /** True when no change waits and no refresh runs: what was saved is made and published. */
    public boolean idle() {
        synchronized (pending) {
            return pending.isEmpty() && !busy;
        }
    }

    /** Watches the folder of every input not yet watched. */
    private void watchFolders(Snapshot s) {
        Set<Path> wanted = new LinkedHashSet<>();
        wanted.add(desk.source().root());
        s.inputs().forEach(p -> {
            if (p.getParent() != null) {
                wanted.add(p.getParent());
            }
        });
        synchronized (folders) {
            for (Path folder : wanted) {
                if (!folders.containsValue(folder) && Files.isDirectory(folder)) {
                    try {
                        folders.put(folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE), folder);
                    } catch (IOException e) {
                        log.accept("warning: cannot watch " + folder + ": " + e.getMessage());
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (pending) {
            pending.notifyAll();
        }
        try {
            watcher.close();
        } catch (IOException e) {
            // closing
        }
        refreshing.interrupt();
    }
}
