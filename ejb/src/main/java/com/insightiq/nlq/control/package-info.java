/**
 * English questions to SQL, locally. The flow is one way and each step is a small tested class:
 * {@link com.insightiq.nlq.control.LanguagePipeline} (Stanford CoreNLP + BI time phrases) turns text into a
 * {@link com.insightiq.nlq.control.ParsedQuestion}; {@link com.insightiq.nlq.control.LexiconSource} reads what the
 * tenant's catalog, glossary and synonyms know about one data source ({@link com.insightiq.nlq.control.SchemaLexicon});
 * {@link com.insightiq.nlq.control.NlqEngine} links words to that schema and builds the structured
 * {@link com.insightiq.nlq.control.NlQuery} with a confidence and a status; {@link com.insightiq.nlq.control.NlSql}
 * compiles it through the driver's dialect into a template whose values are bound parameters, and
 * {@link com.insightiq.nlq.control.Interpretations} says in words what was understood.
 */
package com.insightiq.nlq.control;
