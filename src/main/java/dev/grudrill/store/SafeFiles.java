package dev.grudrill.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** File operations that never leave a half-written file: what every store of the data folder uses. */
final class SafeFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private SafeFiles() {
    }

    /** Replaces {@code target} with {@code bytes}: a temp file beside it, fsynced, renamed over it. */
    static void write(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.getParent());
    }

    /** Larger than any history we expect (about 300,000 reviews); a larger file is a mistake. */
    static final long MAX_BYTES = 64L << 20;

    /**
     * The bytes of a data file, or null when it does not exist. A device, pipe or folder in its place (a
     * link to /dev/zero would never end) and a file above {@link #MAX_BYTES} are refused.
     */
    static byte[] readIfExists(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new StoreException(file + " is not a regular file; move it away and run again");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new StoreException(String.format(Locale.ROOT, "%s is %.0f MB; data files are limited to %d MB",
                        file, size / 1e6, MAX_BYTES >> 20));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + reason(e), e);
        }
    }

    /** Refuses a device, pipe or folder where a data file should be, before anything is written to it. */
    static void requireRegularOrAbsent(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreException(file + " is not a regular file; move it away and run again");
        }
    }

    /** A free name beside {@code file} for setting it aside: {@code NAME.corrupt-<UTC time>[-n]}. */
    static Path asideName(Path file, Clock clock) {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        return aside;
    }

    /** Renames {@code file} aside (see {@link #asideName}) and returns where it went. */
    static Path setAside(Path file, Clock clock) throws IOException {
        Path aside = asideName(file, clock);
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(file.getParent());
        return aside;
    }

    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder for syncing; the file itself is already synced.
        }
    }

    /** Why an I/O operation failed, in words: "no such file (…)", or the message itself. */
    static String reason(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String message = e.getMessage();
        return kind.equals("IO") || kind.equals("FileSystem") ? String.valueOf(message)
                : kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                        + (message == null ? "" : " (" + message + ")");
    }
}
