package dev.grudrill.cli;

import dev.grudrill.bank.Topic;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a topic label such as {@code gates}, listing the vocabulary when it is not one. */
final class TopicConverter implements ITypeConverter<Topic> {
    @Override
    public Topic convert(String value) {
        return Topic.fromLabel(value.trim().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
                new TypeConversionException("'" + value + "' is not a topic (topics: " + Topic.labels() + ")"));
    }
}
