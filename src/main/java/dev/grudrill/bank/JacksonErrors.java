package dev.grudrill.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into one readable line without class names or stack traces. */
public final class JacksonErrors {
    /** Where SnakeYAML says the problem is, inside its message: "in 'reader', line 9, column 1:". */
    private static final java.util.regex.Pattern YAML_MARK = java.util.regex.Pattern.compile(
            "\\s+in 'reader', line (\\d+), column (\\d+):.*", java.util.regex.Pattern.DOTALL);
    /** Jackson's own location inside a message: "[Source: …; line: 1, column: 7]". */
    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
            "\\s*\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)");

    private JacksonErrors() {
    }

    /**
     * The line of the problem in {@code text}. Jackson reports where its parser stopped, which for an
     * unknown or mistyped field can be lines past the field; the field's own line is the last line at or
     * before that point that names it.
     */
    static int line(JsonProcessingException e, String text) {
        java.util.regex.Matcher mark = e.getOriginalMessage() == null ? null : YAML_MARK.matcher(e.getOriginalMessage());
        if (mark != null && mark.find()) {
            return Integer.parseInt(mark.group(1));
        }
        JsonLocation location = e.getLocation();
        int reported = location == null ? 0 : Math.max(0, location.getLineNr());
        String field = null;
        if (e instanceof UnrecognizedPropertyException u) {
            field = u.getPropertyName();
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().get(m.getPath().size() - 1).getFieldName();
        }
        if (field == null || reported == 0) {
            return reported;
        }
        java.util.regex.Pattern naming = java.util.regex.Pattern.compile(
                "(^|[\\s{,-])[\"']?" + java.util.regex.Pattern.quote(field) + "[\"']?\\s*:");
        String[] lines = text.split("\n", -1);
        for (int i = Math.min(reported, lines.length) - 1; i >= 0; i--) {
            if (naming.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return reported;
    }

    public static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + u.getPropertyName() + "'" + where(u)
                    + (known.isEmpty() ? "" : " (known fields: " + known + ")");
        }
        if (e instanceof InvalidFormatException f) {
            return "field '" + path(f) + "' should be " + typeName(f.getTargetType()) + ", not '" + f.getValue() + "'";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && !m.getPath().isEmpty()) {
            return "field '" + path(m) + "' should be " + typeName(m.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + typeName(m.getTargetType()) + " at the top level";
        }
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (message.contains("(TAB)")) {
            return "a tab character; YAML is indented with spaces";
        }
        message = YAML_MARK.matcher(message).replaceFirst("");
        message = SOURCE.matcher(message).replaceAll(" (opened at line $1, column $2)");
        return message.replaceAll("\\s+", " ").trim();
    }

    private static String where(JsonMappingException e) {
        String path = path(e);
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : " in " + path.substring(0, dot);
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "a mapping (key: value)";
        }
        return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
