/**
 * The REST API of saved questions, /t/{slug}/api/v1/questions: records in and out through the
 * {@code question.boundary}; no rule lives here.
 */
package com.insightiq.question.api;
