package org.qcommons.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.stereotype.Component;

/**
 * Paper bytes under {@code <data dir>/papers}, named by a random key rather than the uploaded name, so a file
 * name can never choose where it is written.
 */
@Component
class PaperStore {

    private final Path root;

    PaperStore(QcommonsProperties properties) {
        this.root = Path.of(properties.dataDir(), "papers").toAbsolutePath().normalize();
    }

    String save(byte[] data) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Files.write(root.resolve(key), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    byte[] read(String key) {
        try {
            return Files.readAllBytes(root.resolve(UUID.fromString(key).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(root.resolve(UUID.fromString(key).toString()));
        } catch (IOException e) {
            // An orphaned file is harmless; the database row is what lists the paper.
        }
    }
}
