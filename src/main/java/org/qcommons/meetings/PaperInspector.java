package org.qcommons.meetings;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.qcommons.base.BusinessException;

/**
 * Decides what an uploaded paper really is from its first bytes, never from its name or the browser's claim.
 * Accepts PDF, Office documents (OOXML and the older OLE format) and PNG, JPEG or GIF images up to 20 MB, and
 * refuses a file whose extension names a different type than its content.
 */
public final class PaperInspector {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** An Office file's parts, once inflated: ten times the largest upload is far above any real document. */
    static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;

    static final int MAX_ZIP_ENTRIES = 5000;

    public record Checked(String fileName, String contentType, String kind) {}

    private static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "PDF", Set.of("pdf"),
            "OOXML", Set.of("docx", "xlsx", "pptx"),
            "OLE", Set.of("doc", "xls", "ppt"),
            "PNG", Set.of("png"),
            "JPEG", Set.of("jpg", "jpeg"),
            "GIF", Set.of("gif"));

    private PaperInspector() {}

    public static Checked check(String originalName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new BusinessException("The file is empty.");
        }
        if (data.length > MAX_BYTES) {
            throw new BusinessException(
                    "Papers can be at most 20 MB. This one is " + (data.length / (1024 * 1024)) + " MB.");
        }
        String name = sanitiseFileName(originalName);
        String kind = detect(data);
        if (kind == null) {
            throw new BusinessException(
                    "Only PDF, Word, Excel, PowerPoint and PNG, JPEG or GIF images can be uploaded.");
        }
        String ext = extension(name);
        if (!EXTENSIONS.get(kind).contains(ext)) {
            throw new BusinessException("The file's name ends in ." + ext + " but its content is " + describe(kind)
                    + ". Rename it or upload the right file.");
        }
        return new Checked(name, contentType(kind, ext), kind);
    }

    static String detect(byte[] d) {
        if (startsWith(d, "%PDF-".getBytes())) return "PDF";
        if (startsWith(d, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return "PNG";
        if (startsWith(d, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return "JPEG";
        if (startsWith(d, "GIF87a".getBytes()) || startsWith(d, "GIF89a".getBytes())) return "GIF";
        if (startsWith(
                d, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                })) {
            return "OLE";
        }
        if (startsWith(d, new byte[] {'P', 'K', 3, 4}) && isOfficeZip(d)) return "OOXML";
        return null;
    }

    /**
     * A zip is an Office document only if it has a content-types part and a Word, Excel or PowerPoint folder. Only
     * the zip's central directory is read, never an entry's data, so a zip bomb is refused by its declared sizes and
     * entry count without inflating a byte; an entry whose size is not declared counts as too large.
     */
    private static boolean isOfficeZip(byte[] d) {
        boolean contentTypes = false;
        boolean officeFolder = false;
        long expanded = 0;
        int entries = 0;
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(d))
                .get()) {
            var all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new BusinessException("This Office file holds more than " + MAX_ZIP_ENTRIES
                            + " parts, which no ordinary document needs. Save it again from Office and upload that.");
                }
                long size = e.getSize();
                expanded += size < 0 ? MAX_EXPANDED_BYTES + 1 : size;
                if (expanded > MAX_EXPANDED_BYTES) {
                    throw new BusinessException("This Office file would expand to more than "
                            + MAX_EXPANDED_BYTES / (1024 * 1024)
                            + " MB, which no ordinary document needs. Save it again from Office and upload that.");
                }
                String n = e.getName();
                contentTypes |= n.equals("[Content_Types].xml");
                officeFolder |= n.startsWith("word/") || n.startsWith("xl/") || n.startsWith("ppt/");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return contentTypes && officeFolder;
    }

    /** Keeps letters, digits, spaces, dots, hyphens and underscores; drops any path and leading dots. */
    public static String sanitiseFileName(String original) {
        String n = original == null ? "" : original;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("^[ .]+", "").strip();
        if (n.length() > 120) {
            String ext = extension(n);
            n = n.substring(0, 115 - ext.length()) + "." + ext;
        }
        return n.isEmpty() ? "paper" : n;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String contentType(String kind, String ext) {
        return switch (kind) {
            case "PDF" -> "application/pdf";
            case "PNG" -> "image/png";
            case "JPEG" -> "image/jpeg";
            case "GIF" -> "image/gif";
            case "OLE" ->
                switch (ext) {
                    case "xls" -> "application/vnd.ms-excel";
                    case "ppt" -> "application/vnd.ms-powerpoint";
                    default -> "application/msword";
                };
            default ->
                switch (ext) {
                    case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                    default -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                };
        };
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "PDF" -> "a PDF";
            case "OOXML", "OLE" -> "an Office document";
            default -> "a " + kind + " image";
        };
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
