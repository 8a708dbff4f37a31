/** Speech-to-text through any server that offers OpenAI's {@code /v1/audio/transcriptions}. */
package dk.samtalenotat.transcript.openai;
