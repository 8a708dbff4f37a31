/** Draft notes from any server that offers OpenAI's {@code /v1/chat/completions}. */
package dk.samtalenotat.draft.openai;
