package dev.grudrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.grudrill.bank.JacksonErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A JSON file of tensors: either one nested list (a matrix, rows first) or an object mapping
 * names to nested lists, as {@code {k: v.tolist() for k, v in module.state_dict().items()}} writes it.
 * Every problem is a bad-data error (exit 3) naming the file and the tensor.
 */
final class TensorFile {
    /** Larger files are not tensors a calculator should read. */
    static final long MAX_BYTES = 64L << 20;

    private final Path file;
    private final JsonNode root;

    private TensorFile(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static TensorFile read(Path file) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw CliException.badData(file + ": is not a regular file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw CliException.badData(file + ": larger than 64 MB");
            }
            ObjectMapper mapper = JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();
            JsonNode root = mapper.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw CliException.badData(file + ": empty file");
            }
            return new TensorFile(file, root);
        } catch (NoSuchFileException e) {
            throw CliException.badData(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw CliException.badData(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + JacksonErrors.describe(e));
        } catch (IOException e) {
            throw CliException.badData(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The whole file as a matrix. */
    RealMatrix matrix(String name) {
        return matrix(name, root);
    }

    /** Checks that the file is an object holding exactly the tensors {@code expected}. */
    void requireNames(Set<String> expected) {
        if (!root.isObject()) {
            throw CliException.badData(file + ": must be a JSON object of named tensors (" + String.join(", ", expected)
                    + ")");
        }
        List<String> missing = expected.stream().filter(n -> !root.has(n)).toList();
        if (!missing.isEmpty()) {
            String tensors = missing.size() > 1 ? "tensors " : "tensor ";
            throw CliException.badData(file + ": missing " + tensors + String.join(", ", missing));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!expected.contains(name)) {
                throw CliException.badData(file + ": unexpected tensor '" + name + "' (this network has "
                        + String.join(", ", expected) + ")");
            }
        }
    }

    RealMatrix namedMatrix(String name) {
        return matrix(name, root.get(name));
    }

    RealVector namedVector(String name) {
        JsonNode node = root.get(name);
        if (!node.isArray()) {
            throw CliException.badData(file + ": " + name + " must be a list of numbers");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(node.get(i), name + "[" + i + "]");
        }
        return new ArrayRealVector(values, false);
    }

    /** A bad-data error about this file. */
    CliException problem(String message) {
        return CliException.badData(file + ": " + message);
    }

    private RealMatrix matrix(String name, JsonNode node) {
        if (!node.isArray() || node.isEmpty() || !node.get(0).isArray() || node.get(0).isEmpty()) {
            throw CliException.badData(file + ": " + name + " must be a non-empty list of rows of numbers");
        }
        int columns = node.get(0).size();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode row = node.get(i);
            if (!row.isArray() || row.size() != columns) {
                throw CliException.badData(file + ": " + name + " row " + i + " has " + (row.isArray() ? row.size()
                        : "no") + " values; row 0 has " + columns);
            }
            double[] values = new double[columns];
            for (int j = 0; j < columns; j++) {
                values[j] = number(row.get(j), name + "[" + i + "][" + j + "]");
            }
            rows.add(values);
        }
        return new Array2DRowRealMatrix(rows.toArray(double[][]::new), false);
    }

    private double number(JsonNode node, String where) {
        if (!node.isNumber()) {
            throw CliException.badData(file + ": " + where + " is not a number: " + node);
        }
        double v = node.asDouble();
        if (!Double.isFinite(v)) {
            throw CliException.badData(file + ": " + where + " is not finite: " + node);
        }
        return v;
    }
}
