package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The highlighter's snippet becomes plain-text pieces; the template escapes them, so no markup gets through. */
class ProjectCardTest {

    @Test
    void marksBecomeMarkedPiecesAndEntitiesAreDecoded() {
        assertThat(ProjectCard.snippet("Early <mark>sepsis</mark> screening &amp; the <mark>bundle</mark>"))
                .containsExactly(Map.of("text", "Early ", "mark", false), Map.of("text", "sepsis", "mark", true),
                        Map.of("text", " screening & the ", "mark", false), Map.of("text", "bundle", "mark", true));
    }

    @Test
    void otherTagsAreDroppedAndEscapedMarkupStaysText() {
        List<Map<String, Object>> pieces = ProjectCard.snippet("a <script>alert(1)</script><b>b</b> &lt;img src=x&gt;");
        assertThat(pieces).containsExactly(Map.of("text", "a ", "mark", false),
                Map.of("text", " <img src=x>", "mark", false));
    }

    @Test
    void noSnippetGivesNoPieces() {
        assertThat(ProjectCard.snippet(null)).isEmpty();
        assertThat(ProjectCard.snippet(" ")).isEmpty();
    }
}
