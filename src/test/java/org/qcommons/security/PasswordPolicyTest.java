package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveToOneHundredAndTwentyEightCharactersWithNoCompositionRules() {
        assertThat(policy.problem("elevenchars")).contains("Use at least 12 characters");
        assertThat(policy.problem("twelve chars")).isEmpty();
        assertThat(policy.problem("all lower case words here")).isEmpty();
        assertThat(policy.problem("x".repeat(128))).isEmpty();
        assertThat(policy.problem("x".repeat(129))).contains("Use 128 characters or fewer");
        assertThat(policy.problem("")).contains("Choose a password");
    }

    @Test
    void lengthCountsCharactersAsPeopleSeeThem() {
        // Twelve emoji are 24 UTF-16 units but twelve characters.
        assertThat(policy.problem("\uD83D\uDE00".repeat(12))).isEmpty();
        assertThat(policy.problem("\uD83D\uDE00".repeat(11))).isPresent();
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefusedWhateverTheirCase() {
        assertThat(policy.listSize()).isGreaterThan(95_000);
        assertThat(policy.problem("q1w2e3r4t5y6")).get().asString().contains("most common");
        assertThat(policy.problem("Q1W2E3R4T5Y6")).get().asString().contains("most common");
        assertThat(policy.problem("PasswordPassword")).get().asString().contains("most common");
    }
}
