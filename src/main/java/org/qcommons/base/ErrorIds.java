package org.qcommons.base;

import java.security.SecureRandom;

/** Short ids users can quote to support; the log carries the full stack trace under the same id. */
public final class ErrorIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private ErrorIds() {}

    public static String next() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
