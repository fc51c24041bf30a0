package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void anArchiveOlderThanAJarOnTheClassPathIsStale() throws Exception {
        Path archive = file("run.jsa", Instant.parse("2026-11-26T10:00:00Z"));
        Path unchanged = file("library.jar", Instant.parse("2026-01-01T00:00:00Z"));
        Path rebuilt = file("app-run.jar", Instant.parse("2026-11-26T11:00:00Z"));

        assertThat(ClassDataArchive.olderThan(archive, unchanged.toString())).isFalse();
        assertThat(ClassDataArchive.olderThan(archive, unchanged + File.pathSeparator + rebuilt))
                .isTrue();
    }

    @Test
    void foldersAndMissingEntriesDoNotMakeItStale() throws Exception {
        Path archive = file("run.jsa", Instant.parse("2026-11-26T10:00:00Z"));
        Path classes = Files.createDirectory(dir.resolve("classes"));
        Files.setLastModifiedTime(classes, FileTime.from(Instant.parse("2026-11-26T12:00:00Z")));

        assertThat(ClassDataArchive.olderThan(archive, classes + File.pathSeparator + dir.resolve("gone.jar")))
                .isFalse();
    }

    private Path file(String name, Instant modified) throws Exception {
        Path file = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
