package dev.grudrill.cli;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * An option or positional parameter of a command, declared in code with picocli's programmatic API
 * and read with {@link #get()} once the command line is parsed.
 *
 * <p>Why not annotations: reading them makes the JVM generate a proxy class per annotation type and
 * method-handle classes at run time, which no class-data-sharing archive can hold; on a lookup that was
 * a third of start-up (see the README, Performance).
 */
final class Arg<T> {
    private final ArgSpec spec;

    private Arg(ArgSpec spec) {
        this.spec = spec;
    }

    @SuppressWarnings("unchecked")
    T get() {
        return (T) spec.getValue();
    }

    /** Declares the options and parameters of one command. */
    static final class Builder {
        private final CommandSpec command;
        private final String[] names;
        private final boolean positional;
        private String label;
        private String description = "";
        private String defaultValue;
        private String arity;
        private String split;
        private String fallback;
        private boolean required;
        private ITypeConverter<?> converter;

        Builder(CommandSpec command, String names, boolean positional) {
            this.command = command;
            this.names = names.split(",");
            this.positional = positional;
        }

        Builder label(String paramLabel) {
            label = paramLabel;
            return this;
        }

        Builder description(String text) {
            description = text;
            return this;
        }

        Builder defaultValue(String value) {
            defaultValue = value;
            return this;
        }

        Builder arity(String range) {
            arity = range;
            return this;
        }

        /** Values may also be given as one comma-separated word. */
        Builder split(String regex) {
            split = regex;
            return this;
        }

        /** The value of an option given without one (with an arity of 0..1). */
        Builder fallback(String value) {
            fallback = value;
            return this;
        }

        Builder required() {
            required = true;
            return this;
        }

        Builder converter(ITypeConverter<?> typeConverter) {
            converter = typeConverter;
            return this;
        }

        <T> Arg<T> of(Class<T> type) {
            return add(type, null);
        }

        <T> Arg<List<T>> listOf(Class<T> type) {
            return add(List.class, type);
        }

        private <T> Arg<T> add(Class<?> type, Class<?> element) {
            Class<?>[] elements = element == null ? new Class<?>[0] : new Class<?>[] {element};
            ITypeConverter<?>[] converters = converter == null ? new ITypeConverter<?>[0]
                    : new ITypeConverter<?>[] {converter};
            if (positional) {
                String range = arity == null ? "1" : arity;
                PositionalParamSpec parameter = PositionalParamSpec.builder().type(type).auxiliaryTypes(elements)
                        .description(description).required(required || !range.startsWith("0"))
                        .paramLabel(label).defaultValue(defaultValue).arity(range).splitRegex(split == null ? "" : split)
                        .converters(converters).build();
                command.addPositional(parameter);
                return new Arg<>(parameter);
            }
            OptionSpec.Builder option = OptionSpec.builder(names).type(type).auxiliaryTypes(elements)
                    .description(description).required(required).defaultValue(defaultValue)
                    .splitRegex(split == null ? "" : split).converters(converters);
            if (fallback != null) {
                option.fallbackValue(fallback);
            }
            if (label != null) {
                option.paramLabel(label);
            }
            if (arity != null) {
                option.arity(arity);
            }
            OptionSpec built = option.build();
            command.addOption(built);
            return new Arg<>(built);
        }
    }
}
