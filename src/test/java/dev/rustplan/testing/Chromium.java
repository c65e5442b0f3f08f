package dev.rustplan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Chromium, headless, driven through its DevTools protocol (a WebSocket, with the JDK's
 * own client): a page opened at a chosen viewport width (a phone's 390 pixels is below the 500 a
 * headless window can be, so the width is set by device emulation, as DevTools' device mode
 * does), what its rendered DOM answers to an expression evaluated in it, a screenshot of the whole
 * page, and everything it reported: console messages, script errors, log entries and every
 * request it made. Nothing is added to the page itself.
 */
public final class Chromium implements AutoCloseable {

  /** What a page reported while it loaded and was measured. */
  public record Rendered(JsonNode measured, byte[] screenshot, List<String> errors, List<String> requests) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long WAIT_SECONDS = 60;

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final Map<String, CompletableFuture<Void>> loaded = new ConcurrentHashMap<>();

  private Chromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Starts Chromium with a profile of its own in {@code profile} (an empty folder). */
  public static Chromium start(Path profile) throws Exception {
    Path chromium = RealTool.require("chromium");
    Path log = profile.resolveSibling(profile.getFileName() + ".log");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu",
        "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank"));
    if (RealTool.isRoot()) {
      command.add(1, "--no-sandbox"); // Chromium refuses to run as root with its sandbox
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new AssertionError("Chromium did not start its DevTools endpoint:\n" + Files.readString(log));
      }
      Thread.sleep(50);
    }
    List<String> lines = Files.readAllLines(portFile);
    URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
    Chromium[] self = new Chromium[1];
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(endpoint, new WebSocket.Listener() {
          private final StringBuilder text = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
              String message = text.toString();
              text.setLength(0);
              while (self[0] == null) {
                Thread.onSpinWait();
              }
              self[0].received(message);
            }
            ws.request(1);
            return null;
          }
        })
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
    self[0] = new Chromium(process, socket);
    return self[0];
  }

  private void received(String message) {
    try {
      JsonNode node = JSON.readTree(message);
      if (node.has("id")) {
        CompletableFuture<JsonNode> answer = pending.remove(node.get("id").asInt());
        if (answer != null) {
          answer.complete(node);
        }
        return;
      }
      events.add(node);
      if ("Page.loadEventFired".equals(node.path("method").asText())) {
        loaded.computeIfAbsent(node.path("sessionId").asText(), k -> new CompletableFuture<>()).complete(null);
      }
    } catch (IOException e) {
      throw new IllegalStateException("DevTools sent what is no JSON: " + message, e);
    }
  }

  /** Sends a command (to a page's session, or the browser's with null) and waits for its result. */
  private JsonNode send(String session, String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(JSON.writeValueAsString(message), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
    JsonNode reply = answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new AssertionError(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  /**
   * Opens the page at a viewport {@code width} CSS pixels wide (a phone's, with its viewport meta
   * honoured, below 600), waits for its load event, evaluates {@code expression} (which returns a
   * JSON string) and takes a screenshot of the whole page.
   */
  public Rendered render(URI page, int width, String expression) throws Exception {
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .path("sessionId").asText();
    int seen = events.size();
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      send(session, domain + ".enable", Map.of());
    }
    send(session, "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    CompletableFuture<Void> load = new CompletableFuture<>();
    loaded.put(session, load);
    JsonNode navigated = send(session, "Page.navigate", Map.of("url", page.toString()));
    if (navigated.has("errorText")) {
      throw new AssertionError("Chromium could not open " + page + ": " + navigated.get("errorText"));
    }
    load.get(WAIT_SECONDS, TimeUnit.SECONDS);
    JsonNode value = send(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true))
        .path("result").path("value");
    JsonNode size = send(session, "Page.getLayoutMetrics", Map.of()).path("cssContentSize");
    JsonNode shot = send(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.ceil(size.path("height").asDouble()), "scale", 1)));
    List<String> errors = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    for (JsonNode event : events.subList(seen, events.size())) {
      if (!session.equals(event.path("sessionId").asText())) {
        continue;
      }
      JsonNode params = event.path("params");
      switch (event.path("method").asText()) {
        case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
        case "Runtime.consoleAPICalled" -> {
          String type = params.path("type").asText();
          if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
            errors.add("console." + type + ": " + params.path("args"));
          }
        }
        case "Log.entryAdded" -> {
          String level = params.path("entry").path("level").asText();
          if (level.equals("error") || level.equals("warning")) {
            errors.add("log " + level + ": " + params.path("entry").path("text").asText() + " "
                + params.path("entry").path("url").asText());
          }
        }
        case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asText());
        case "Network.loadingFailed" -> errors.add("request failed: " + params.path("errorText").asText());
        default -> { }
      }
    }
    send(null, "Target.closeTarget", Map.of("targetId", target));
    JsonNode measured = value.isTextual() ? JSON.readTree(value.asText()) : value;
    return new Rendered(measured, Base64.getDecoder().decode(shot.path("data").asText()), errors, requests);
  }

  @Override
  public void close() throws Exception {
    try {
      // Not waited for: the browser may close the connection before it answers.
      socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
          .get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      // It may be gone already; it is stopped below either way.
    }
    socket.abort();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
