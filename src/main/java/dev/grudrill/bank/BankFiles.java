package dev.grudrill.bank;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads bank files as strict UTF-8 text with a size limit, reporting problems instead of throwing. */
final class BankFiles {
    /** No bank file needs more; a larger one is a mistake or an attack. */
    static final long MAX_BYTES = 1L << 20;

    private BankFiles() {
    }

    static Optional<String> readText(Path file, String display, java.util.List<Problem> problems) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                problems.add(new Problem(display, 0, "is not a regular file"));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(new Problem(display, 0, String.format(java.util.Locale.ROOT,
                        "file is %.1f MB; bank files are limited to 1 MB", size / 1e6)));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = decodeUtf8(bytes, display, problems);
            if (text == null) {
                return Optional.empty();
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(new Problem(display, 0, "no such file"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(display, 0, "cannot read: " + describe(e)));
            return Optional.empty();
        }
    }

    private static String decodeUtf8(byte[] bytes, String display, java.util.List<Problem> problems) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new Problem(display, line, "not valid UTF-8 (byte " + offset + ")"));
            return null;
        }
        return out.flip().toString();
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null ? kind : message;
    }
}
