package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input in the browser gets a clear Danish message and changes nothing: a CPR number with an
 * impossible date, a participant's name with markup, an empty, broken, mislabelled or damaged WAV
 * file (truncated header, no channels, a length it does not hold), a transcript that is not text,
 * has no lines, a line or cue too long to store, a speaker name with markup or a control character,
 * and a declined conversation that refuses input. After each refusal the conversation still takes a
 * good file.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class BadInputIT {

  @Test
  void aCprNumberWithAnImpossibleDateIsRefusedAndNothingIsRegistered(
      BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    Ui.openRegistration(page, "310290-1234", "BAD-CPR-DATE");
    page.locator("label[for='register:consent:0']").click();
    byId(page, "register:save").click();

    page.locator(".ui-messages-error").waitFor();
    assertTrue(
        Ui.messages(page).contains("CPR-nummeret indeholder ikke en gyldig fødselsdato"),
        Ui.messages(page));
    assertTrue(page.url().contains("ny-samtale"), page.url());
    assertEquals("310290-1234", byId(page, "register:cpr").inputValue(), "the input is kept");

    Ui.openRegistration(page, "12345", "BAD-CPR-FORMAT");
    page.locator("label[for='register:consent:0']").click();
    byId(page, "register:save").click();
    page.locator(".ui-messages-error").waitFor();
    assertTrue(Ui.messages(page).contains("DDMMÅÅ-XXXX"), Ui.messages(page));

    page.navigate("samtaler.xhtml");
    String list = page.locator(".conversations").innerText();
    assertFalse(list.contains("BAD-CPR"), list);
  }

  @Test
  void brokenAudioAndTranscriptFilesAreRefusedAndTheConversationStaysAsItWas(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    Ui.registerConversation(page, "150875-2468", "BAD-FILES");

    Path empty = Files.createFile(dir.resolve("tom.wav"));
    Ui.uploadAudio(page, empty);
    assertRefused(page, "Filen er tom");

    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    Path broken = Files.write(dir.resolve("optagelse.wav"), noise);
    Ui.uploadAudio(page, broken);
    assertRefused(page, "ikke en lydfil");

    // A real WAV header under an .mp3 name.
    Path wav = Files.write(dir.resolve("lyd.mp3"), minimalWav());
    Ui.uploadAudio(page, wav);
    assertRefused(page, "endelse passer ikke");

    Path notText = Files.write(dir.resolve("udskrift.vtt"), noise);
    Ui.importTranscript(page, notText);
    assertRefused(page, "ikke en tekstfil");

    Path noLines =
        Files.writeString(dir.resolve("udskrift.txt"), "\n\n   \n", StandardCharsets.UTF_8);
    Ui.importTranscript(page, noLines);
    assertRefused(page, "Filen er tom");

    Path badTime =
        Files.writeString(
            dir.resolve("udskrift.srt"),
            "1\n00:00:01,000 --> 00:00:xx,000\nBorger: Hej\n",
            StandardCharsets.UTF_8);
    Ui.importTranscript(page, badTime);
    assertRefused(page, "tidsstempel");

    assertEquals(0, page.locator("[id='history']").count(), "no draft was made");
  }

  @Test
  void aParticipantNameWithMarkupIsRefusedAndNothingIsRegistered(
      BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    Ui.openRegistration(page, "150875-2468", "BAD-PARTICIPANT");
    byId(page, "register:participants:0:participantName").fill("<b>Anne</b> Hansen");
    Ui.choose(page, "register:participants:0:participantRole", "Tolk");
    page.locator("label[for='register:consent:0']").click();
    byId(page, "register:save").click();

    page.locator(".ui-messages-error").waitFor();
    assertTrue(
        Ui.messages(page).contains("En deltagers navn må kun være almindelig tekst"),
        Ui.messages(page));
    page.navigate("samtaler.xhtml");
    assertFalse(page.locator(".conversations").innerText().contains("BAD-PARTICIPANT"));
  }

  @Test
  void transcriptsTooLongToStoreOrWithBadSpeakersAreRefusedNamingTheLine(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    Ui.registerConversation(page, "150875-2468", "BAD-TRANSCRIPTS");

    Path longLine =
        Files.writeString(
            dir.resolve("lang-linje.txt"),
            "Sagsbehandler: Velkommen.\nBorger: " + "bla ".repeat(12_000) + "\n",
            StandardCharsets.UTF_8);
    Ui.importTranscript(page, longLine);
    assertRefused(page, "Linje 2 i filen er længere end 10.000 tegn");

    String line = "ord ".repeat(1500).strip();
    Path longCue =
        Files.writeString(
            dir.resolve("lang-replik.vtt"),
            "WEBVTT\n\n00:00:01.000 --> 00:00:09.000\n<v Borger>" + line + "\n" + line + "\n",
            StandardCharsets.UTF_8);
    Ui.importTranscript(page, longCue);
    assertRefused(page, "Replikken ved linje 3 er længere end 10.000 tegn");

    Path markup =
        Files.writeString(
            dir.resolve("opmaerkning.vtt"),
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v <script>alert(1)</script>>Hej.\n",
            StandardCharsets.UTF_8);
    Ui.importTranscript(page, markup);
    assertRefused(page, "Navnet på den talende i linje 4 indeholder opmærkning");

    Path bold =
        Files.writeString(
            dir.resolve("fed.txt"),
            "Sagsbehandler: Hej.\n<b>Anne</b>: Hej.\n",
            StandardCharsets.UTF_8);
    Ui.importTranscript(page, bold);
    assertRefused(page, "Navnet på den talende i linje 2 indeholder opmærkning");

    Path control =
        Files.writeString(
            dir.resolve("styretegn.txt"),
            "Sagsbehandler: Hej.\nBor\u0007ger: Hej.\n",
            StandardCharsets.UTF_8);
    Ui.importTranscript(page, control);
    assertRefused(page, "Linje 2 i filen indeholder et usynligt styretegn");

    Path invisible =
        Files.writeString(
            dir.resolve("usynlig.vtt"),
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v An\u202Ene>Hej.\n",
            StandardCharsets.UTF_8);
    Ui.importTranscript(page, invisible);
    assertRefused(page, "Navnet på den talende i linje 4 indeholder et usynligt tegn");

    // Nothing of it was kept: a good transcript imports and is drafted.
    Path good =
        Files.writeString(
            dir.resolve("god.txt"),
            "Sagsbehandler: Velkommen. I dag taler vi om din jobsøgning.\n"
                + "Borger: Jeg har søgt tre stillinger som lagerarbejder i denne uge.\n",
            StandardCharsets.UTF_8);
    Ui.importTranscript(page, good);
    Ui.awaitState(page, "DRAFT_READY");
  }

  @Test
  void damagedWavFilesAreRefusedAndTheConversationStillTakesAGoodOne(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    Ui.registerConversation(page, "150875-2468", "BAD-WAV");
    byte[] good = minimalWav();

    Path truncated = Files.write(dir.resolve("afkortet.wav"), java.util.Arrays.copyOf(good, 30));
    Ui.uploadAudio(page, truncated);
    assertRefused(page, "WAV-header slutter, før lyden begynder");

    byte[] noChannels = good.clone();
    noChannels[22] = 0;
    Ui.uploadAudio(page, Files.write(dir.resolve("ingen-kanaler.wav"), noChannels));
    assertRefused(page, "angiver 0 lydkanaler");

    byte[] lying = good.clone();
    java.nio.ByteBuffer.wrap(lying).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(40, 50_000_000);
    Ui.uploadAudio(page, Files.write(dir.resolve("for-lang.wav"), lying));
    assertRefused(page, "angiver mere lyd, end filen indeholder");

    Ui.uploadAudio(page, Files.write(dir.resolve("god.wav"), good));
    assertEquals("AUDIO_RECEIVED", Ui.state(page), Ui.messages(page));
  }

  @Test
  void aConversationTheCitizenDeclinedTakesNoAudioOrTranscript(
      BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    Ui.openRegistration(page, "020202-4321", "DECLINED");
    page.locator("label[for='register:consent:1']").click();
    byId(page, "register:declinedReason").fill("Borgeren ønsker ikke optagelse.");
    byId(page, "register:save").click();
    page.waitForURL(java.util.regex.Pattern.compile(".*samtale\\.xhtml\\?.*id=\\d+.*"));

    assertEquals("DECLINED", Ui.state(page));
    assertTrue(page.locator("[id='declined']").innerText().contains("ønsker ikke optagelse"));
    assertEquals(0, page.locator("#audioForm").count(), "no audio upload offered");
    assertEquals(0, page.locator("#transcriptForm").count(), "no transcript import offered");
  }

  private static void assertRefused(Page page, String expected) {
    String messages = Ui.messages(page);
    assertTrue(messages.contains(expected), messages);
    assertEquals("REGISTERED", Ui.state(page), "nothing changed");
  }

  /** 0.1 s of 16 kHz mono silence as a valid RIFF/WAVE file. */
  static byte[] minimalWav() {
    int samples = 1600;
    java.nio.ByteBuffer b =
        java.nio.ByteBuffer.allocate(44 + samples * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1);
    b.putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
    return b.array();
  }
}
