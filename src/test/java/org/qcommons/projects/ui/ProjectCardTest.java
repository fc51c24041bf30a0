package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.projects.Snippet;

/**
 * A snippet reaches the browser as pieces that alternate between unmarked and marked text, each written with
 * textContent, so nothing in a project's text can become markup.
 */
class ProjectCardTest {

    @Test
    void marksAlternateWithText() {
        Snippet s = new Snippet(
                "Early sepsis screening & the bundle", List.of(new Snippet.Mark(6, 12), new Snippet.Mark(29, 35)));
        assertThat(s.pieces()).containsExactly("Early ", "sepsis", " screening & the ", "bundle");
        assertThat(new Snippet("Sepsissix bundle", List.of(new Snippet.Mark(0, 6), new Snippet.Mark(6, 9))).pieces())
                .containsExactly("", "Sepsis", "", "six", " bundle");
    }

    @Test
    void markupInTheTextStaysText() {
        assertThat(Snippet.plain("a <script>alert(1)</script> &lt;img&gt;").pieces())
                .containsExactly("a <script>alert(1)</script> &lt;img&gt;");
    }

    @Test
    void noSnippetGivesNoPieces() {
        assertThat(Snippet.NONE.pieces()).isEmpty();
        assertThat(Snippet.plain("").pieces()).isEmpty();
    }
}
