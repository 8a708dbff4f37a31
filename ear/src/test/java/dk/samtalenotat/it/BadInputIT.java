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
 * impossible date, an empty, broken or mislabelled audio file, a transcript that is not text or has
 * no lines, and a declined conversation that refuses input.
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
