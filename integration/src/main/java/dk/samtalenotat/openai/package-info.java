/** Shared HTTP plumbing for servers that speak the OpenAI API: endpoint settings and errors. */
package dk.samtalenotat.openai;
