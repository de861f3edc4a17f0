package dev.grudrill.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one lock of a data folder: every read-modify-write of the history, the card state and the plan
 * holds an exclusive lock on {@code history.lock}, plus an in-process lock (file locks are per process).
 * The lock is reentrant within a thread, so a store can call another while holding it.
 */
final class FolderLock {
    static final String LOCK_NAME = "history.lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private FolderLock() {
    }

    /** Runs {@code action} holding the lock of {@code dir}, creating the folder if needed. */
    static <T> T locked(Path dir, Supplier<T> action) {
        Path lockFile = dir.resolve(LOCK_NAME);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return action.get();
            }
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException("the data folder " + dir + " is a file, not a folder");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException("cannot create the data folder " + dir + ": " + SafeFiles.reason(e), e);
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return action.get();
            } catch (IOException e) {
                throw new StoreException("cannot lock " + lockFile + ": " + SafeFiles.reason(e), e);
            }
        } finally {
            local.unlock();
        }
    }
}
