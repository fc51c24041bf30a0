package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The highlighter's snippet becomes plain-text pieces, unmarked and marked in turn; the template escapes them, so
 * no markup gets through.
 */
class ProjectCardTest {

    @Test
    void marksAlternateWithTextAndEntitiesAreDecoded() {
        assertThat(ProjectCard.snippet("Early <mark>sepsis</mark> screening &amp; the <mark>bundle</mark>"))
                .containsExactly("Early ", "sepsis", " screening & the ", "bundle");
        assertThat(ProjectCard.snippet("<mark>Sepsis</mark><mark>six</mark> bundle"))
                .containsExactly("", "Sepsis", "", "six", " bundle");
    }

    @Test
    void otherTagsAreDroppedAndEscapedMarkupStaysText() {
        assertThat(ProjectCard.snippet("a <script>alert(1)</script><b>b</b> &lt;img src=x&gt;"))
                .containsExactly("a  <img src=x>");
    }

    @Test
    void noSnippetGivesNoPieces() {
        assertThat(ProjectCard.snippet(null)).isEmpty();
        assertThat(ProjectCard.snippet(" ")).isEmpty();
    }
}
