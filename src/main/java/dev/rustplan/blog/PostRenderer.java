package dev.rustplan.blog;

/**
 * Renders a week's post as Markdown text from a template; writing it anywhere is the caller's
 * business.
 */
public final class PostRenderer {

  private final PostTemplate template;

  public PostRenderer(PostTemplate template) {
    this.template = template;
  }

  /** A renderer with the template that comes with rustplan. */
  public static PostRenderer bundled() {
    return new PostRenderer(PostTemplate.bundled());
  }

  public String render(WeekPost post) {
    return template.execute(PostContext.of(post));
  }

  /** The post showing its progress card: {@code src} is the card's address as the post links it. */
  public String render(WeekPost post, String cardSrc, String cardAlt) {
    java.util.Map<String, Object> values = PostContext.of(post);
    values.put("card", java.util.Map.of("src", PostContext.linkDestination(cardSrc), "alt", MarkdownText.inline(cardAlt)));
    return template.execute(values);
  }
}
