package dk.samtalenotat.conversation;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.crypto.DataKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;

/**
 * The caseworker's writes that do long work between two short transactions of {@link
 * ConversationService}: a save of the draft, checked against the transcript with no transaction
 * held; a transcript value taken in place of a flagged fact, saved the same way; an audio file read
 * from the sender and stored with no transaction held. The role and ownership checks are the
 * service's, in each step.
 *
 * <p>A CDI bean and not a session bean: a session bean that calls its own steps through the
 * container holds its pooled instance while it waits for another, so with more callers than the
 * pool's instances (32 on two cores) every caller held one and waited for one that none would free,
 * until the pool gave up after minutes (capacity benchmark, 100 recordings finishing together: 43
 * of 100 finishes timed out).
 */
@ApplicationScoped
public class ConversationSteps {

  @Inject private ConversationService conversations;
  @Inject private AudioStore audioStore;

  /**
   * Saves the caseworker's edited draft as a new version, checked against the transcript. Three
   * steps: the edit is read in one short transaction ({@link ConversationService#readEdit}),
   * checked with none (so that no connection is held while the transcript is read through), and
   * stored in another ({@link ConversationService#storeEdit}), which refuses it if a newer version
   * was saved in between. An edit that changes nothing stores no version.
   *
   * @param basedOn the version the caseworker edited; if another version was saved since, the save
   *     is refused rather than overwriting it
   * @return the number of the version saved, or {@code basedOn} when nothing changed
   */
  public int saveDraft(long id, int basedOn, String content) {
    DraftEdit edit = conversations.readEdit(id, basedOn, content);
    return edit.changed() ? conversations.storeEdit(id, edit.check()) : edit.basedOn();
  }

  /**
   * The caseworker takes what the transcript says in place of a flagged fact: the sentence is
   * corrected ({@link ConversationService#withTranscriptValue}) and saved as a new version, which
   * is checked anew like any edit.
   *
   * @param versionNo the version the caseworker looked at; refused if a newer one exists, or if the
   *     flag has no value to take
   * @return the number of the saved version
   */
  public int takeTranscriptValue(long id, int versionNo, int flagOrdinal) {
    return saveDraft(id, versionNo, conversations.withTranscriptValue(id, versionNo, flagOrdinal));
  }

  /**
   * Streams an audio file to storage and, when a speech engine is configured, queues its
   * transcription; otherwise the conversation waits in AUDIO_RECEIVED. Three steps, as a save of
   * the draft: the conversation is checked and a key made for the file in one short transaction
   * ({@link ConversationService#audioKey}); the bytes are read from the sender, encrypted and
   * written in none, so that a large file on a slow line holds no database connection; the
   * conversation takes the stored file in a second short transaction ({@link
   * ConversationService#takeAudio}), which checks it again. A file the conversation does not take
   * is deleted.
   *
   * @return true when transcription was queued
   * @throws dk.samtalenotat.audio.AudioRejectedException when the file is refused; nothing changes
   */
  public boolean addAudio(long id, String fileName, InputStream content) {
    DataKey key = conversations.audioKey(id);
    return audioStore.storeAndHandOn(
        fileName,
        content,
        key,
        stored -> conversations.takeAudio(id, fileName, stored, key.wrapped()));
  }
}
