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
}
