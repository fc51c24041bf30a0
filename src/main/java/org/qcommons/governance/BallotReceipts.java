package org.qcommons.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A ballot receipt (decision 132): 120 random bits, shown to the voter and kept in their browser, never stored
 * by the server. The ballot row keeps only its SHA-256, so the receipt leads to the ballot but nothing held by
 * the server leads from a member to either. With that many random bits an unsalted hash cannot be reversed by
 * trying receipts.
 */
final class BallotReceipts {

    /** Crockford's base 32: no I, L, O or U, so a receipt read aloud or copied by hand survives. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int SYMBOLS = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BallotReceipts() {}

    /** A fresh receipt in groups of four, for example {@code 7KQ2-M9XD-…}. */
    static String fresh() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** The receipt as typed, without spaces, dashes or case, and with the look-alike letters read as digits. */
    static String normalise(String receipt) {
        String s = receipt == null ? "" : receipt.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        return s.replace('O', '0').replace('I', '1').replace('L', '1');
    }

    static boolean wellFormed(String receipt) {
        String s = normalise(receipt);
        return s.length() == SYMBOLS && s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    static String hash(String receipt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("qcommons-ballot-receipt:" + normalise(receipt)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
