package dk.samtalenotat.draft.check;

import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The evidence read from the transcripts checked lately, so that a caseworker who saves a draft
 * again and again, and then approves it, is not charged the reading of the whole transcript each
 * time: for a 45-minute conversation that reading is about half a second of a core and 1.4 MB, and
 * it was a fifth of the server's CPU at 100 recording caseworkers and 50 reviewers (the capacity
 * benchmark's JFR recording, README "Capacity benchmark"). The check itself stays a pure function
 * of its input: the evidence of one input is always the same.
 *
 * <p>Keyed by a SHA-256 digest of what is checked against (every segment's number, times, speaker,
 * role, language and text, the day, the participants and the other names), so the key holds no
 * personal data. The evidence, which does, is held in memory only, softly (the collector takes it
 * back before the heap runs short), for at most {@link #MAX_ENTRIES} transcripts and at most {@link
 * #TIME_TO_LIVE_MINUTES} minutes after its last use: a transcript destroyed by retention leaves
 * nothing of it here after that.
 */
final class EvidenceCache {

  /** About 45 MB at most for 45-minute conversations, of a node's 512 MiB heap. */
  static final int MAX_ENTRIES = 32;

  static final long TIME_TO_LIVE_MINUTES = 10;

  private static final EvidenceCache SHARED =
      new EvidenceCache(
          MAX_ENTRIES, TimeUnit.MINUTES.toNanos(TIME_TO_LIVE_MINUTES), System::nanoTime);

  private record Entry(SoftReference<Evidence> evidence, long lastUsed) {}

  private final int maxEntries;
  private final long timeToLiveNanos;
  private final LongSupplier clock;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  EvidenceCache(int maxEntries, long timeToLiveNanos, LongSupplier clock) {
    this.maxEntries = maxEntries;
    this.timeToLiveNanos = timeToLiveNanos;
    this.clock = clock;
  }

  /** The evidence of a context, read once for the whole server. */
  static Evidence shared(FactCheckContext context) {
    return SHARED.of(context);
  }

  /**
   * The evidence of a context: the one read before while it is still held, else read now (outside
   * the lock: two checks of the same new transcript at once may both read it).
   */
  Evidence of(FactCheckContext context) {
    String key = digest(context);
    Evidence held = held(key);
    if (held != null) {
      return held;
    }
    Evidence read = new Evidence(context.segments(), context);
    synchronized (this) {
      entries.put(key, new Entry(new SoftReference<>(read), clock.getAsLong()));
      evict();
    }
    return read;
  }

  /**
   * How many transcripts' evidence is held (expired or collected entries not yet removed count).
   */
  synchronized int size() {
    return entries.size();
  }

  private synchronized Evidence held(String key) {
    evict();
    Entry e = entries.get(key);
    Evidence evidence = e == null ? null : e.evidence().get();
    if (evidence == null) {
      entries.remove(key);
      return null;
    }
    entries.put(key, new Entry(e.evidence(), clock.getAsLong()));
    return evidence;
  }

  /** Drops what expired or was collected, and the least lately used beyond the maximum. */
  private void evict() {
    long now = clock.getAsLong();
    for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
      Entry e = it.next().getValue();
      if (now - e.lastUsed() > timeToLiveNanos || e.evidence().get() == null) {
        it.remove();
      }
    }
    Iterator<String> oldest = entries.keySet().iterator();
    while (entries.size() > maxEntries && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  /**
   * A digest of everything the evidence is read from: each list with its size and each text with
   * its length before it, so that no two contexts give the same bytes.
   */
  static String digest(FactCheckContext context) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
    count(sha, context.segments().size());
    ByteBuffer numbers = ByteBuffer.allocate(3 * Long.BYTES);
    for (DraftSegment s : context.segments()) {
      numbers.clear();
      numbers.putLong(s.index()).putLong(s.startMillis()).putLong(s.endMillis());
      sha.update(numbers.array());
      text(sha, s.speaker());
      text(sha, s.speakerRole() == null ? null : s.speakerRole().name());
      text(sha, s.language());
      text(sha, s.text());
    }
    text(sha, context.conversationDate().toString());
    count(sha, context.participants().size());
    for (DraftParticipant p : context.participants()) {
      text(sha, p.name());
      text(sha, p.role() == null ? null : p.role().name());
    }
    count(sha, context.otherNames().size());
    for (String name : context.otherNames()) {
      text(sha, name);
    }
    return java.util.HexFormat.of().formatHex(sha.digest());
  }

  private static void text(MessageDigest sha, String s) {
    if (s == null) {
      count(sha, -1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    count(sha, b.length);
    sha.update(b);
  }

  private static void count(MessageDigest sha, int n) {
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(n).array());
  }
}
