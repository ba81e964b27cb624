/**
 * Natural-language questions over REST: /t/{slug}/api/v1/nlq/… (translate, ask, compile, feedback, synonyms, verified
 * answers, the pipeline's status). Resources only read requests and shape responses; the {@code nlq} boundary checks
 * tenant, role and input.
 */
package com.insightiq.nlq.api;
