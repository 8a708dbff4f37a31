package dk.samtalenotat.it.capacity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the simulated caseworkers send: a recording as the browser's recorder sends it, and the
 * transcript of a 45-minute conversation for the reviewers' drafts. Made once per run.
 */
public final class Material {

  private Material() {}

  /**
   * Danish speech from espeak-ng, repeated to {@code seconds}, encoded as the recording screen
   * records it (WebM/Opus, 48 kHz mono, 32 kbit/s) and cut into byte slices of {@code chunkSeconds}
   * worth each, as the recorder's {@code MediaRecorder} hands them out: chunk 0 holds the header,
   * every slice is a piece of one stream.
   */
  public static List<byte[]> webmChunks(Path dir, int seconds, int chunkSeconds)
      throws IOException, InterruptedException {
    Path said = dir.resolve("tale.wav");
    run(
        "espeak-ng",
        "-v",
        "da",
        "-w",
        said.toString(),
        "Goddag. Vi skal tale om din jobsøgning, om de kurser du gerne vil tage, og om hvornår vi"
            + " ses igen. Du har søgt tre stillinger som lagerarbejder i denne uge.");
    Path webm = dir.resolve("optagelse.webm");
    run(
        "ffmpeg",
        "-v",
        "error",
        "-y",
        "-stream_loop",
        "-1",
        "-i",
        said.toString(),
        "-t",
        String.valueOf(seconds),
        "-ac",
        "1",
        "-ar",
        "48000",
        "-c:a",
        "libopus",
        "-b:a",
        "32k",
        webm.toString());
    byte[] all = Files.readAllBytes(webm);
    int slices = Math.max(1, seconds / chunkSeconds);
    int size = (all.length + slices - 1) / slices;
    List<byte[]> chunks = new ArrayList<>();
    for (int from = 0; from < all.length; from += size) {
      chunks.add(Arrays.copyOfRange(all, from, Math.min(all.length, from + size)));
    }
    return chunks;
  }

  /**
   * A 45-minute conversation as a Teams-style WebVTT transcript: the four statements the fake chat
   * engine's draft cites (so its facts are supported and approval needs no flag resolved), then
   * ordinary talk without names, numbers or dates, one cue every 4 seconds.
   */
  public static byte[] transcript(int minutes) {
    String[][] said = {
      {"Sagsbehandler", "Velkommen. I dag skal vi tale om din jobsøgning."},
      {"Borger", "Jeg har søgt tre stillinger som lagerarbejder i denne uge."},
      {"Sagsbehandler", "Vi aftaler, at du søger fire stillinger om ugen."},
      {"Sagsbehandler", "Næste møde er torsdag den 12. marts klokken 10."}
    };
    String[] talk = {
      "Hvordan går det med at komme op om morgenen?",
      "Det går bedre, jeg har fået en fast rytme.",
      "Har du tænkt over, hvilke kurser der kunne hjælpe dig?",
      "Jeg vil gerne lære mere om lager og logistik.",
      "Det lyder som en god plan, som vi kan arbejde videre med.",
      "Jeg synes, det er svært at skrive ansøgninger.",
      "Vi kan finde nogen, der kan hjælpe dig med ansøgningerne.",
      "Det vil jeg gerne have hjælp til."
    };
    StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
    int cues = minutes * 60 / 4;
    for (int i = 0; i < cues; i++) {
      String speaker;
      String text;
      if (i < said.length) {
        speaker = said[i][0];
        text = said[i][1];
      } else {
        speaker = i % 2 == 0 ? "Sagsbehandler" : "Borger";
        text = talk[i % talk.length];
      }
      vtt.append(time(i * 4_000L))
          .append(" --> ")
          .append(time(i * 4_000L + 3_500))
          .append("\n<v ")
          .append(speaker)
          .append(">")
          .append(text)
          .append("</v>\n\n");
    }
    return vtt.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String time(long millis) {
    return String.format(
        java.util.Locale.ROOT,
        "%02d:%02d:%02d.%03d",
        millis / 3_600_000,
        millis / 60_000 % 60,
        millis / 1000 % 60,
        millis % 1000);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + ": " + out);
    }
  }
}
