package org.qcommons.people;

/**
 * What the directory is filtered by. Nulls and blanks mean "any".
 */
public record MemberFilter(String name, Long regionId, Long stpId, Long organisationId, String profession) {

    public static MemberFilter any() {
        return new MemberFilter(null, null, null, null, null);
    }

    String nameLike() {
        return blank(name)
                ? null
                : "%"
                        + name.trim()
                                .toLowerCase()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
    }

    String professionOrNull() {
        return blank(profession) ? null : profession.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
