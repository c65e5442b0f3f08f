package dev.rustplan.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How pieces are cut and matched: own links first, commas inside titles, notes on misleading labels. */
class ResourceCatalogTest {

  private static final ResourceCatalog BUNDLED = ResourceCatalog.bundled();

  @Test
  void theReadingListsWrongLabelsGetANoteThatOffersWhatThePlanMeant() {
    Resource drop = BUNDLED.resolve("RFC 1857 - Trait object safety");
    assertThat(drop.title()).isEqualTo("RFC 1857: Stabilize drop order");
    assertThat(drop.note()).isEqualTo("The plan's label is wrong: RFC 1857 is about drop order, not trait object"
        + " safety. For object safety read RFC 255: Object safety"
        + " (https://github.com/rust-lang/rfcs/blob/master/text/0255-object-safety.md)");
    Resource gats = BUNDLED.resolve("RFC 3498 - GATs");
    assertThat(gats.note()).startsWith("The plan's label is wrong: RFC 3498 is the 2024 lifetime capture rules, not"
        + " GATs. For generic associated types read RFC 1598: Generic associated types (https://");
    assertThat(BUNDLED.resolve("RFC 2349 - Pin").note()).isNull();
  }

  @Test
  void aPiecesOwnLinkWinsOverTheCatalog() {
    Piece own = new Piece("[Stack Overflow: HTTP caching](https://stackoverflow.com/questions/tagged/http-caching)",
        "Stack Overflow: HTTP caching", "https://stackoverflow.com/questions/tagged/http-caching");
    assertThat(BUNDLED.resolve(own, "")).containsExactly(new Resource(own.text(), "Stack Overflow: HTTP caching",
        "https://stackoverflow.com/questions/tagged/http-caching"));
    assertThat(BUNDLED.resolve(Piece.plain("Stack Overflow"), "")).singleElement()
        .satisfies(r -> assertThat(r.url()).isEqualTo("https://stackoverflow.com/questions/tagged/rust"));
    assertThat(ResourceCatalog.none().resolve(Piece.plain("Stack Overflow"), "")).containsExactly(
        Resource.unmatched("Stack Overflow"));
  }

  @Test
  void cellsAreCutAtCommasOutsideTitlesOrAtSemicolonsAlone() {
    assertThat(ResourceText.split("RfR Ch. 1, Rust Reference", List.of())).containsExactly("RfR Ch. 1", "Rust Reference");
    assertThat(ResourceText.split("*Use The Index, Luke*, PG docs", List.of())).containsExactly("*Use The Index, Luke*",
        "PG docs");
    assertThat(ResourceText.split("[A, B](https://x.org/a,b), C", List.of())).containsExactly("[A, B](https://x.org/a,b)",
        "C");
    assertThat(ResourceText.split("Designing Data-Intensive Applications, ch. 5; Jepsen &amp; Aphyr", List.of()))
        .containsExactly("Designing Data-Intensive Applications, ch. 5", "Jepsen &amp; Aphyr");
    // A catalog alias that holds a comma keeps its pieces together.
    assertThat(ResourceText.split("Use The Index, Luke Ch. 4, PG docs", List.of("use the index, luke")))
        .containsExactly("Use The Index, Luke Ch. 4", "PG docs");
    // An unclosed mark does not swallow the rest of the cell.
    assertThat(ResourceText.split("C++ *, Rust", List.of())).containsExactly("C++ *", "Rust");
  }
}
