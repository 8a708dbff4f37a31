/** Speech-to-text in the JVM with whisper.cpp (whisper-jni) and a configured ggml model file. */
package dk.samtalenotat.transcript.whisper;
