package org.qcommons.exchange;

/** What the request board is filtered by; nulls mean "any". */
public record RequestFilter(Long skillId, Long stpId, RequestStatus status, Long organisationId) {

    public static RequestFilter any() {
        return new RequestFilter(null, null, null, null);
    }
}
