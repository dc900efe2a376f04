package org.fieldlaw.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldlaw.records.model.Checkpoint;
import org.fieldlaw.records.model.RecordHead;

/**
 * Signed checkpoints, kept outside the database in a directory of their own (in production a volume the database's
 * administrators cannot write, or one the bureau collects from): each written once under a new name, never rewritten.
 */
@ApplicationScoped
public class CheckpointStore {

    /** A checkpoint as kept: the statement it signs, the public key and the signature. */
    public record Signed(Checkpoint checkpoint, byte[] publicKey, byte[] signature, Path file) {
    }

    private final Path directory;

    CheckpointStore(@ConfigProperty(name = "fieldlaw.records.checkpoints.directory") String directory) {
        this.directory = Path.of(directory);
    }

    Path write(Checkpoint checkpoint, byte[] publicKey, byte[] signature) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("checkpoint-" + checkpoint.madeAt().toString().replace(':', '-') + ".txt");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                out.write(checkpoint.statement());
                out.write("key " + Base64.getEncoder().encodeToString(publicKey) + "\n");
                out.write("signature " + Base64.getEncoder().encodeToString(signature) + "\n\n");
                for (RecordHead head : checkpoint.heads()) {
                    out.write(head.leaf());
                    out.write('\n');
                }
            }
            file.toFile().setReadOnly();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint cannot be written to " + directory, e);
        }
    }

    /** The newest checkpoint, by the time in its name. */
    Optional<Signed> latest() {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            Optional<Path> newest = files.filter(f -> f.getFileName().toString().startsWith("checkpoint-"))
                    .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return newest.map(CheckpointStore::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Signed read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String version = in.readLine();
            if (!"fieldlaw-checkpoint v1".equals(version)) {
                throw new IllegalStateException("not a checkpoint: " + file);
            }
            Instant madeAt = Instant.parse(value(in.readLine(), "made-at"));
            int size = Integer.parseInt(value(in.readLine(), "size"));
            String root = value(in.readLine(), "root");
            String previous = value(in.readLine(), "previous");
            byte[] key = Base64.getDecoder().decode(value(in.readLine(), "key"));
            byte[] signature = Base64.getDecoder().decode(value(in.readLine(), "signature"));
            in.readLine();
            List<RecordHead> heads = new ArrayList<>(size);
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                heads.add(RecordHead.parse(line));
            }
            return new Signed(new Checkpoint(madeAt, List.copyOf(heads), root, "-".equals(previous) ? null : previous), key, signature, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String line, String name) {
        if (line == null || !line.startsWith(name + " ")) {
            throw new IllegalStateException("a checkpoint line " + name + " was expected, not " + line);
        }
        return line.substring(name.length() + 1);
    }
}
