package org.qcommons.meetings.coedit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.junit.jupiter.api.Test;

/** An edit made on a base text, carried exactly into a text that has moved on from that base. */
class RebaseTest {

    private final DiffMatchPatch dmp = new DiffMatchPatch();

    private String rebase(String base, String other, String edited) {
        return Rebase.onto(dmp, base, other, Delta.between(dmp, base, edited));
    }

    @Test
    void theEditsOfBothSidesMeetWhereEachWasMade() {
        assertThat(rebase("The plan.", "The group plan.", "The plan, agreed.")).isEqualTo("The group plan, agreed.");
    }

    /**
     * The case that the fuzzy patch got wrong on a slow connection: one letter typed in front of the text shifted
     * the patch's window, and the deletion at its end took the neighbouring letter.
     */
    @Test
    void aLetterTypedAtTheStartDoesNotMoveADeletionAtTheEnd() {
        String base = "ЁぃあぁЀЂ";
        List<Object> steps = List.of("ぅ", 3, "ぇい", 1, "うЂ", 1, -1);
        assertThat(Rebase.onto(dmp, base, "Ѓ" + base, Delta.decode(base, steps)))
                .isEqualTo("ЃぅЁぃあぇいぁうЂЀ");
    }

    @Test
    void wordsTypedIntoTextTheOtherSideDeletedSurvive() {
        assertThat(rebase("Item one. Item two.", "Item one.", "Item one. Item two, deferred."))
                .isEqualTo("Item one., deferred");
    }

    @Test
    void aLetterBothSidesDeletedIsDeletedOnce() {
        assertThat(rebase("abcdef", "abdef", "abdf")).isEqualTo("abdf");
    }

    @Test
    void whereBothSidesTypedAtOnePlaceTheOtherSidesWordsComeFirst() {
        assertThat(rebase("Agreed.", "Agreed by Ann.", "Agreed by Ben."))
                .contains("Ann")
                .contains("Ben");
        assertThat(rebase("ab", "aXb", "aYb")).isEqualTo("aXYb");
    }

    @Test
    void aReplacedWordIsReplacedInTheMovedText() {
        assertThat(rebase("Review in May.", "Draft: review in May.", "Review in June."))
                .isEqualTo("Draft: review in June.");
    }
}
