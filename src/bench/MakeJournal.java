import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a journal of 100 fully logged days of about the given size (bytes) for the start-up
 * benchmark: java src/bench/MakeJournal.java HOME START_DATE BYTES
 */
public class MakeJournal {

  public static void main(String[] args) throws IOException {
    Path home = Path.of(args[0]);
    LocalDate start = LocalDate.parse(args[1]);
    long target = Long.parseLong(args[2]);
    long perDay = target / 100;
    StringBuilder json = new StringBuilder("{\n  \"schema\": 1,\n  \"plans\": {\n    \"100-days-of-rust\": {\n");
    json.append("      \"started\": \"").append(start).append("\",\n      \"days\": {\n");
    for (int day = 1; day <= 100; day++) {
      LocalDate date = start.plusDays(day - 1);
      json.append("        \"").append(day).append("\": {\n");
      json.append("          \"status\": \"done\",\n");
      json.append("          \"completed\": \"").append(date).append("\",\n");
      json.append("          \"notes\": {\n");
      StringBuilder learned = new StringBuilder();
      StringBuilder code = new StringBuilder();
      int i = 0;
      while (learned.length() + code.length() < perDay - 1200) {
        learned.append(i == 0 ? "" : ",\n").append("              ").append(string(note(day, i)));
        code.append(i == 0 ? "" : ",\n").append("              {\n                \"language\": \"rust\",\n")
            .append("                \"code\": ").append(string(snippet(day, i))).append("\n              }");
        i++;
      }
      json.append("            \"learned\": [\n").append(learned).append("\n            ],\n");
      json.append("            \"code\": [\n").append(code).append("\n            ],\n");
      json.append("            \"questions\": [\n              ").append(string("Why does day " + day + " work this way?")).append("\n            ],\n");
      json.append("            \"resources\": [\n              \"RfR Ch. 2\",\n              \"Rustonomicon\"\n            ],\n");
      json.append("            \"sessions\": [\n              {\n                \"date\": \"").append(date)
          .append("\",\n                \"minutes\": 40\n              }\n            ],\n");
      json.append("            \"aha\": [\n              ").append(string("It clicked on day " + day + " → 🦀")).append("\n            ],\n");
      json.append("            \"struggles\": [\n              ").append(string("Lifetimes on day " + day)).append("\n            ]\n");
      json.append("          }\n        }").append(day < 100 ? ",\n" : "\n");
    }
    json.append("      }\n    }\n  }\n}\n");
    Files.createDirectories(home);
    Files.writeString(home.resolve("progress.json"), json, StandardCharsets.UTF_8);
    System.out.println(home.resolve("progress.json") + ": " + json.length() + " characters");
  }

  private static String note(int day, int i) {
    return ("Day " + day + ", note " + i + ": a value's layout is decided by its type; "
        + "repr(C) fixes field order, repr(Rust) lets the compiler reorder for less padding. ").repeat(3);
  }

  private static String snippet(int day, int i) {
    return ("// day " + day + " snippet " + i + "\n#[repr(C)]\nstruct S { a: u8, b: u32, c: u16 }\n"
        + "fn main() { println!(\"{}\", std::mem::size_of::<S>()); }\n").repeat(4);
  }

  private static String string(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
