package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.ParsedPost;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotBlank;
import org.commonmark.node.FencedCodeBlock;
import org.junit.jupiter.api.Test;

class FenceTest {

  @Test
  void plainCodeGetsThreeBackticks() {
    assertThat(Fence.around("let x = 1;", "rust")).isEqualTo(new Fence("```", "rust"));
  }

  @Test
  void codeHoldingAFenceGetsALongerOne() {
    assertThat(Fence.around("```\nx\n```", null).marks()).isEqualTo("````");
    assertThat(Fence.around("a ````` b", "md").marks()).isEqualTo("``````");
  }

  @Test
  void theLanguageIsOneWordWithoutBackticks() {
    assertThat(Fence.around("x", " rust ").info()).isEqualTo("rust");
    assertThat(Fence.around("x", "rust,ignore extra").info()).isEqualTo("rust,ignore");
    assertThat(Fence.around("x", "`sh`").info()).isEqualTo("sh");
    assertThat(Fence.around("x", "  ").info()).isEmpty();
  }

  /** Whatever the learner pastes, the post holds exactly one code block with exactly their code. */
  @Property(tries = 300)
  void anySnippetComesBackWhole(
      @ForAll @NotBlank @Chars({'`', '~', '\n', ' ', '\t', 'a', '{', '}', '#', '<', '&', '-'}) String code) {
    String pasted = code + "\n```\n";
    WeekPost withCode = Weeks.withSnippets(Weeks.untouchedWeekTwo(FrontMatter.YAML), List.of(new WeekPost.Snippet(8, "rust", pasted)));

    ParsedPost post = ParsedPost.of(PostRenderer.bundled().render(withCode));

    assertThat(post.codeBlocks()).hasSize(1);
    assertThat(post.codeBlocks()).extracting(FencedCodeBlock::getLiteral).containsExactly(expected(pasted));
    assertThat(post.headings()).contains("## Aha Moments 💡", "## Next Week Preview");
  }

  /** What the renderer keeps of a snippet: no blank lines before it, no trailing blanks after. */
  private static String expected(String pasted) {
    return pasted.stripTrailing().replaceFirst("^([ \\t]*\\n)+", "") + "\n";
  }
}
