package dev.grudrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * JSON output: pretty, keys in the order they were put, doubles printed so that they read back
 * exactly. Written with Jackson's streaming generator: values are maps, collections, arrays, strings,
 * numbers, booleans and null, which is all gru-drill prints (and it keeps databind off start-up).
 */
final class Json {
    /** Every JSON document gru-drill prints carries this version; it changes only on incompatible changes. */
    static final int SCHEMA_VERSION = 1;

    /** Escapes DEL, C1 controls, line separators and bidi controls too: output a terminal may show. */
    private static final JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .characterEscapes(dev.grudrill.store.SafeJson.ESCAPES).build();

    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            JsonGenerator generator = FACTORY.createGenerator(out);
            generator.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            write(generator, value);
            generator.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof double[] numbers) {
            g.writeArray(numbers, 0, numbers.length);
        } else if (value instanceof int[] numbers) {
            g.writeArray(numbers, 0, numbers.length);
        } else if (value instanceof long[] numbers) {
            g.writeArray(numbers, 0, numbers.length);
        } else if (value instanceof Object[] items) {
            write(g, java.util.Arrays.asList(items));
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Number n) {
            g.writeNumber(n.intValue());
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name().toLowerCase(java.util.Locale.ROOT));
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON");
        }
    }
}
