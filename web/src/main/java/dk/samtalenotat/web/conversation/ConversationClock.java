package dk.samtalenotat.web.conversation;

/** A point in a conversation as the screens show it: mm:ss, or h:mm:ss past the hour. */
final class ConversationClock {

  private ConversationClock() {}

  static String of(long millis) {
    long s = millis / 1000;
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
        : String.format("%02d:%02d", s / 60, s % 60);
  }
}
