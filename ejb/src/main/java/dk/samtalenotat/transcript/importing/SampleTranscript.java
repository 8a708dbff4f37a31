package dk.samtalenotat.transcript.importing;

import dk.samtalenotat.conversation.ConversationType;

/**
 * A sample transcript shipped for the first-run demo, as listed in {@code
 * samples/index.properties}.
 *
 * @param key stable key of the sample, for example "jobsamtale"
 * @param fileName file name inside {@code samples/}
 * @param type the conversation type the sample shows
 * @param title Danish title for the screens
 */
public record SampleTranscript(String key, String fileName, ConversationType type, String title) {}
