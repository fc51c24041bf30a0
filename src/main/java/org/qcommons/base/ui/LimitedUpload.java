package org.qcommons.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.qcommons.base.BusinessException;

/**
 * An upload held in memory only up to its limit (decision 105). {@code Upload.setMaxFileSize} is a browser check
 * that a crafted request ignores, and Vaadin's in-memory handler reads the whole body before any size check. This
 * handler declares the limits to Vaadin, refuses a declared size over the limit before reading, and stops reading
 * a body the moment it passes the limit; the user gets {@code tooLarge} as the message.
 */
public final class LimitedUpload implements UploadHandler {

    /** What to do with an upload that is within the limit. */
    @FunctionalInterface
    public interface Received {
        void accept(String fileName, byte[] data);
    }

    private static final int CHUNK = 64 * 1024;

    private final long maxBytes;
    private final String tooLarge;
    private final Received received;

    public LimitedUpload(long maxBytes, String tooLarge, Received received) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = readAtMost(in, maxBytes);
        }
        if (data == null) {
            refuse(event);
            return;
        }
        // With the session locked, as the callback changes the view; a refusal is shown to the user, never thrown.
        event.getUI().accessSynchronously(() -> {
            try {
                received.accept(event.getFileName(), data);
            } catch (RuntimeException e) {
                UserMessages.showError(e);
            }
        });
    }

    /** The stream's bytes, or null as soon as it holds more than {@code max}: never more than max is kept. */
    public static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void refuse(UploadEvent event) {
        event.reject(tooLarge);
        event.getUI().accessSynchronously(() -> UserMessages.showError(new BusinessException(tooLarge)));
    }

    @Override
    public long getRequestSizeMax() {
        // The file plus its multipart framing.
        return maxBytes + CHUNK;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
