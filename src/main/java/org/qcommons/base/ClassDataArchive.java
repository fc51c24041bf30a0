package org.qcommons.base;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The run command keeps a class-data archive of the classes a start loads (decision 074). The JVM notices when a jar
 * it archived has changed since, ignores the archive and, because the mismatch is only found after start-up has
 * begun, does not write a new one. Removing the stale archive here lets the next start write a fresh one, so a
 * rebuilt application is fast again from its second start instead of never.
 */
public final class ClassDataArchive {

    private static final String OPTION = "-XX:SharedArchiveFile=";

    private ClassDataArchive() {}

    /** Deletes the archive this JVM was given if a jar on the class path is newer than it. Never fails the start. */
    public static void dropIfStale() {
        try {
            archive().filter(ClassDataArchive::olderThanClassPath).ifPresent(archive -> {
                try {
                    Files.deleteIfExists(archive);
                } catch (IOException e) {
                    // The JVM already runs without it; a later start tries again.
                }
            });
        } catch (RuntimeException e) {
            // Only a start-up speed aid: never a reason not to start.
        }
    }

    static Optional<Path> archive() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith(OPTION))
                .map(arg -> Path.of(arg.substring(OPTION.length())))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    static boolean olderThanClassPath(Path archive) {
        return olderThan(archive, System.getProperty("java.class.path", ""));
    }

    static boolean olderThan(Path archive, String classPath) {
        long archived = archive.toFile().lastModified();
        for (String entry : classPath.split(File.pathSeparator)) {
            File file = new File(entry);
            if (file.isFile() && file.lastModified() > archived) {
                return true;
            }
        }
        return false;
    }
}
